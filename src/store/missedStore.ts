// Missed calls the user has not seen yet: those that ended as missed after the last time the
// history was on screen in a window with the focus. The moment is kept over a reload.
import { create } from 'zustand';
import type { HistoryEntry } from '../storage/historyEntry';
import { usePhoneStore } from './phoneStore';

const KEY = 'voispeed.missedSeenAt';

/** The moment kept by the last load's markMissedSeen, read when the store is made. */
export function storedSeenAt(): number {
  try {
    const value = Number(globalThis.localStorage?.getItem(KEY));
    return Number.isFinite(value) && value > 0 ? value : Date.now();
  } catch {
    return Date.now();
  }
}

export const useMissedStore = create<{ seenAt: number }>(() => ({ seenAt: storedSeenAt() }));

export function markMissedSeen(now = Date.now()): void {
  useMissedStore.setState({ seenAt: now });
  try {
    globalThis.localStorage?.setItem(KEY, String(now));
  } catch {
    // Without storage the count starts again at the next load: nothing else depends on it.
  }
}

export function unseenMissed(history: readonly HistoryEntry[], seenAt: number): number {
  let count = 0;
  for (const entry of history) {
    if (entry.endCause === 'missed' && (entry.endedAt ?? entry.startedAt) > seenAt) count++;
  }
  return count;
}

export function useUnseenMissed(): number {
  const seenAt = useMissedStore((s) => s.seenAt);
  return usePhoneStore((s) => unseenMissed(s.history, seenAt));
}
