// Time in these tests is vitest's fake clock; JsSIP's own timers (transactions, retries,
// registration refresh) run on it too. Frames travel in microtasks, so settling is draining them.
import { vi } from 'vitest';

/**
 * Runs every frame, promise and zero-delay timer that is due now: each call yields one real
 * macrotask (which drains all microtasks) and fires the due fake timers; a few rounds cover
 * what those timers set off in turn.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await vi.advanceTimersByTimeAsync(0);
}

/** Moves the fake clock on, letting each timer's consequences play out before the next. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await settle();
}
