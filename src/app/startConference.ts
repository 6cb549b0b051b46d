// Follows Phone's merged calls with the page's audio mix (conferenceMix.ts): the mix starts once
// both calls say they are merged with each other, follows the conference's mute, and stops when
// either call leaves the merge or ends.
import type { CallConnections } from '../phone/media/callConnections';
import { type ConferenceMix, type MixEdges, mixConference } from '../phone/media/conferenceMix';
import type { Phone } from '../phone/phone';

export function startConference(
  phone: Pick<Phone, 'events' | 'liveCalls'>,
  connections: Pick<CallConnections, 'get'>,
  edges?: MixEdges,
): void {
  let mix: { ids: readonly string[]; graph: ConferenceMix } | undefined;
  phone.events.on((event) => {
    if (event.type !== 'call') return;
    const { call } = event;
    const id = call.facts.callId;
    if (mix?.ids.includes(id)) {
      if (call.mergedWith === undefined || call.status === 'ended') {
        mix.graph.stop();
        mix = undefined;
      } else {
        mix.graph.setMuted(call.muted);
      }
      return;
    }
    if (mix || call.mergedWith === undefined) return;
    // The first of the pair is announced before its partner says so: wait for the partner.
    const other = phone.liveCalls().find((c) => c.facts.callId === call.mergedWith);
    if (other?.mergedWith !== id) return;
    const a = connections.get(other.facts.callId);
    const b = connections.get(id);
    const graph = a && b ? mixConference([a, b], call.muted, edges) : undefined;
    if (graph) mix = { ids: [other.facts.callId, id], graph };
    else console.error('the calls are merged but have no audio to mix');
  });
}
