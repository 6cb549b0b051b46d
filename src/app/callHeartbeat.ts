// While calls are live, the app records the time it was last seen running with them: every second
// in localStorage (synchronous, so the stamp made on pagehide survives a reload or a closed tab,
// and a crash loses at most a second), and every ten seconds in the history entry itself, for a
// browser without localStorage. A reload or crash writes nothing at the end, so without this a
// cut-off call would be closed at its answer time and show a length of 0:00.
import type { CallStamps } from '../browser/callStamps';
import type { HistoryEntry } from '../storage/historyEntry';

/** A stamp is one tiny synchronous write per live call. */
export const CALL_STAMP_MS = 1000;
/** Shorter is more exact without localStorage; each beat is one IndexedDB write per live call. */
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
  stamps: Pick<CallStamps, 'stamp'>,
  now: () => number = Date.now,
): CallHeartbeat {
  let timer: ReturnType<typeof setInterval> | undefined;
  let ticks = 0;
  const stamp = (at: number) =>
    stamps.stamp(
      live().map((entry) => entry.callId),
      at,
    );
  const saveAll = (at: number) => {
    for (const entry of live()) save({ ...entry, aliveAt: at });
  };
  const tick = () => {
    const at = now();
    stamp(at);
    ticks += 1;
    if ((ticks * CALL_STAMP_MS) % CALL_HEARTBEAT_MS === 0) saveAll(at);
  };
  return {
    update() {
      const any = live().length > 0;
      if (any && timer === undefined) {
        ticks = 0;
        timer = setInterval(tick, CALL_STAMP_MS);
      }
      if (!any && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    },
    stop() {
      const at = now();
      stamp(at);
      saveAll(at);
      clearInterval(timer);
      timer = undefined;
    },
  };
}
