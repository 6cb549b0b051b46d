// One call in the history, as stored. Built from the Phone's call snapshot.
import { type CallSnapshot, partyName } from '../phone/callLine';
import type { EndCause } from '../phone/sipPort';
import type { Direction } from '../phone/types';

export interface HistoryEntry {
  callId: string;
  direction: Direction;
  number: string;
  name: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  endCause?: EndCause;
  /** The user's extended ID the call was placed with (a command link), if any. */
  extendedId?: string;
  /**
   * 1 while the call is live, absent once it ended. IndexedDB indexes neither booleans nor
   * missing fields, so the sparse 'live' index lists just the calls a reload or crash cut off.
   */
  live?: 1;
  /**
   * While live, the last time the app was seen running with the call (written every few
   * seconds): a call a reload or crash cut off ends here, not when it was answered.
   */
  aliveAt?: number;
}

export function historyEntry(call: CallSnapshot): HistoryEntry {
  const entry: HistoryEntry = {
    callId: call.facts.callId,
    direction: call.facts.direction,
    number: call.facts.remoteNumber,
    name: partyName(call),
    startedAt: call.startedAt,
  };
  if (call.status !== 'ended') entry.live = 1;
  if (call.answeredAt !== undefined) entry.answeredAt = call.answeredAt;
  if (call.endedAt !== undefined) entry.endedAt = call.endedAt;
  if (call.endCause !== undefined) entry.endCause = call.endCause;
  if (call.extendedId !== undefined) entry.extendedId = call.extendedId;
  return entry;
}

/**
 * Whether IndexedDB can key and index the entry: a Call-ID, a start time, number and name as text.
 * The writer checks before queueing, since one bad entry would otherwise fail every batch it is in.
 */
export function storableEntry(entry: HistoryEntry): boolean {
  return (
    typeof entry.callId === 'string' &&
    entry.callId !== '' &&
    Number.isFinite(entry.startedAt) &&
    typeof entry.number === 'string' &&
    typeof entry.name === 'string'
  );
}

export function sameEntry(a: HistoryEntry | undefined, b: HistoryEntry): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof HistoryEntry>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** Whole seconds the call was connected; 0 when never answered. */
export function durationSeconds(entry: HistoryEntry, now: number): number {
  if (entry.answeredAt === undefined) return 0;
  return Math.max(0, Math.round(((entry.endedAt ?? now) - entry.answeredAt) / 1000));
}
