import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_HEARTBEAT_MS, callHeartbeat } from '../../src/app/callHeartbeat';
import type { HistoryEntry } from '../../src/storage/historyEntry';

const entry = (callId: string): HistoryEntry => ({
  callId,
  direction: 'incoming',
  number: '101',
  name: '',
  startedAt: 1000,
  answeredAt: 2000,
  live: 1,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('callHeartbeat', () => {
  it('stamps every live call each beat, and only while calls are live', () => {
    let live: HistoryEntry[] = [entry('a'), entry('b')];
    const saved: HistoryEntry[] = [];
    let clock = 5000;
    const heart = callHeartbeat(
      () => live,
      (e) => saved.push(e),
      () => clock,
    );
    heart.update();
    clock = 15_000;
    vi.advanceTimersByTime(CALL_HEARTBEAT_MS);
    expect(saved).toEqual([
      { ...entry('a'), aliveAt: 15_000 },
      { ...entry('b'), aliveAt: 15_000 },
    ]);
    live = [];
    heart.update();
    vi.advanceTimersByTime(CALL_HEARTBEAT_MS * 3);
    expect(saved).toHaveLength(2);
  });

  it('beats once more when the page goes away', () => {
    const saved: HistoryEntry[] = [];
    const heart = callHeartbeat(
      () => [entry('a')],
      (e) => saved.push(e),
      () => 9000,
    );
    heart.update();
    heart.stop();
    expect(saved).toEqual([{ ...entry('a'), aliveAt: 9000 }]);
    vi.advanceTimersByTime(CALL_HEARTBEAT_MS * 2);
    expect(saved).toHaveLength(1);
  });
});
