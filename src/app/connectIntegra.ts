// Runs the Integra rules on Phone's call events. Each rule runs on its own, after the event's other
// listeners: a slow or failing CRM never delays ringing, answering or history.
import { placeholderValues } from '../integra/placeholders';
import { rulesFor } from '../integra/select';
import type { CallSnapshot, Phone, PhoneEvent } from '../phone/phone';
import type { CallEventName } from '../phone/types';
import { useIntegraStore } from '../store/integraStore';
import { type IntegraEdges, runRule } from './integraEffects';

export function connectIntegra(phone: Phone, edges: IntegraEdges): () => void {
  return phone.events.on((event: PhoneEvent) => {
    if (event.type !== 'call' || event.event === null) return;
    const rules = rulesFor(event.event, event.call.facts, useIntegraStore.getState().settings);
    if (rules.length === 0) return;
    const values = placeholderValues(integraCall(event.event, event.call, edges.now()));
    for (const rule of rules) void runRule(rule, values, event.event, edges);
  });
}

function integraCall(event: CallEventName, call: CallSnapshot, at: number) {
  const closed = event === 'CALL_CLOSE';
  return {
    event,
    facts: call.facts,
    at,
    durationSeconds:
      closed && call.answeredAt !== undefined
        ? Math.round(((call.endedAt ?? at) - call.answeredAt) / 1000)
        : closed
          ? 0
          : undefined,
    endCause: closed ? call.endCause : undefined,
    extendedId: call.extendedId,
  };
}
