// Wires Phone events to their outputs: the store, the history, the ringtone and ringback.
import type { CallStamps } from '../browser/callStamps';
import { ringFor } from '../phone/media/ringChoice';
import type { Tone } from '../phone/media/tones';
import type { Phone, PhoneEvent } from '../phone/phone';
import { type HistoryEntry, historyEntry, sameEntry } from '../storage/historyEntry';
import type { HistoryWriter } from '../storage/historyWriter';
import { dropCall, putCall, putHistoryEntry, usePhoneStore } from '../store/phoneStore';
import { callHeartbeat } from './callHeartbeat';

/** How long an ended call stays on screen with its final status. */
export const ENDED_CALL_VISIBLE_MS = 3000;

export interface PhoneOutputs {
  /** Only switched on and off here: which ring sounds is the ringtone's own (ringTone.ts). */
  tones: Record<'ringtone' | 'ringback' | 'callWaiting', Tone>;
  stamps: CallStamps;
  history: Pick<HistoryWriter, 'save'>;
}

export function connectPhone(phone: Phone, { tones, stamps, history }: PhoneOutputs): () => void {
  // The last history entry written per live call: a status change that the history does not
  // keep (ringing, answering) writes nothing.
  const written = new Map<string, HistoryEntry>();
  const heart = callHeartbeat(
    () => [...written.values()],
    (entry) => void history.save(entry),
    stamps,
  );
  const onPageHide = () => heart.stop();
  addEventListener('pagehide', onPageHide);
  const unsubscribe = phone.events.on((event: PhoneEvent) => {
    if (event.type === 'registration') {
      usePhoneStore.setState({ registration: event.change });
      return;
    }
    if (event.type !== 'call') return;
    const { call } = event;
    putCall(call);
    if (call.status === 'ended') {
      setTimeout(() => dropCall(call.facts.callId), ENDED_CALL_VISIBLE_MS);
    }
    const entry = historyEntry(call);
    const callId = call.facts.callId;
    if (!sameEntry(written.get(callId), entry)) {
      putHistoryEntry(entry);
      const landed = history.save(entry);
      // The stamp stays until the end is stored: a call ended by the page going away (its own
      // pagehide) never gets there, and the next window closes it by the stamp.
      if (call.status === 'ended') void landed.then(() => stamps.forget(callId));
    }
    if (call.status === 'ended') written.delete(callId);
    else written.set(callId, entry);
    heart.update();
    const live = phone.liveCalls();
    const ring = ringFor(live);
    tones.ringtone.set(ring === 'ringtone');
    tones.callWaiting.set(ring === 'call-waiting');
    // Ringback only while nothing else is live: a second call must not play over the first.
    tones.ringback.set(live.length === 1 && live[0]?.status === 'ringing');
  });
  return () => {
    unsubscribe();
    removeEventListener('pagehide', onPageHide);
    heart.stop();
  };
}
