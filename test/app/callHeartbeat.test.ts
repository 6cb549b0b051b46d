import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_HEARTBEAT_MS, CALL_STAMP_MS, callHeartbeat } from '../../src/app/callHeartbeat';
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

/** Stamps by Call-ID, as localStorage would keep them. */
function recordingStamps() {
  const stamps = new Map<string, number>();
  return {
    stamps,
    stamp(callIds: readonly string[], at: number) {
      for (const callId of callIds) stamps.set(callId, at);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('callHeartbeat', () => {
  it('stamps every live call each second, writes history every ten, only while calls are live', () => {
    let live: HistoryEntry[] = [entry('a'), entry('b')];
    const saved: HistoryEntry[] = [];
    const recorder = recordingStamps();
    let clock = 5000;
    const heart = callHeartbeat(
      () => live,
      (e) => saved.push(e),
      recorder,
      () => clock,
    );
    heart.update();
    clock = 6000;
    vi.advanceTimersByTime(CALL_STAMP_MS);
    expect(recorder.stamps).toEqual(
      new Map([
        ['a', 6000],
        ['b', 6000],
      ]),
    );
    expect(saved).toEqual([]);
    clock = 15_000;
    vi.advanceTimersByTime(CALL_HEARTBEAT_MS - CALL_STAMP_MS);
    expect(recorder.stamps.get('a')).toBe(15_000);
    expect(saved).toEqual([
      { ...entry('a'), aliveAt: 15_000 },
      { ...entry('b'), aliveAt: 15_000 },
    ]);
    live = [];
    heart.update();
    clock = 99_000;
    vi.advanceTimersByTime(CALL_HEARTBEAT_MS * 3);
    expect(saved).toHaveLength(2);
    expect(recorder.stamps.get('a')).toBe(15_000);
  });

  it('stamps and writes once more when the page goes away, then stops', () => {
    const saved: HistoryEntry[] = [];
    const recorder = recordingStamps();
    const heart = callHeartbeat(
      () => [entry('a')],
      (e) => saved.push(e),
      recorder,
      () => 9000,
    );
    heart.update();
    heart.stop();
    expect(saved).toEqual([{ ...entry('a'), aliveAt: 9000 }]);
    expect(recorder.stamps.get('a')).toBe(9000);
    vi.advanceTimersByTime(CALL_HEARTBEAT_MS * 2);
    expect(saved).toHaveLength(1);
  });
});
