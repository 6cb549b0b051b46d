// While calls are live, their history entries are stamped every few seconds with the time the app
// was last seen running with them. A reload or crash writes nothing at the end, so without this a
// cut-off call would be closed at its answer time and show a length of 0:00.
import type { HistoryEntry } from '../storage/historyEntry';

/** Shorter is more exact after a crash; each beat is one small write per live call. */
export const CALL_HEARTBEAT_MS = 10_000;

export interface CallHeartbeat {
  /** Call after every change in the live calls: the beat runs only while there are some. */
  update(): void;
  /** One beat now (the page is going away), then stop. */
  stop(): void;
}

export function callHeartbeat(
  live: () => readonly HistoryEntry[],
  save: (entry: HistoryEntry) => void,
  now: () => number = Date.now,
): CallHeartbeat {
  let timer: ReturnType<typeof setInterval> | undefined;
  const beat = () => {
    const at = now();
    for (const entry of live()) save({ ...entry, aliveAt: at });
  };
  return {
    update() {
      const any = live().length > 0;
      if (any && timer === undefined) timer = setInterval(beat, CALL_HEARTBEAT_MS);
      if (!any && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    },
    stop() {
      beat();
      clearInterval(timer);
      timer = undefined;
    },
  };
}
