import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import {
  createHistoryWriter,
  type HistoryWriterOptions,
  retryDelay,
} from '../../src/storage/historyWriter';

const entry = (callId: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  callId,
  direction: 'incoming',
  number: '101',
  name: '',
  startedAt: 1000,
  ...extra,
});

/** A store the test controls: each batch waits until the test lets it land or fail. */
function heldStore() {
  const batches: { entries: readonly HistoryEntry[]; land(): void; fail(why: string): void }[] = [];
  const write = (entries: readonly HistoryEntry[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push({
        entries,
        land: resolve,
        fail: (why) => reject(new DOMException(why, 'QuotaExceededError')),
      });
    });
  return { batches, write };
}

/** Retries the test runs by hand, with the delay each asked for. */
function manualTimer() {
  const waiting: { retry: () => void; ms: number }[] = [];
  const later: NonNullable<HistoryWriterOptions['later']> = (retry, ms) =>
    waiting.push({ retry, ms });
  return { waiting, later, fire: () => waiting.shift()?.retry() };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  // A failed batch is logged; these tests check the status instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('createHistoryWriter', () => {
  it('writes what was queued meanwhile as one batch, the latest state of each call', async () => {
    const store = heldStore();
    const writer = createHistoryWriter({ write: store.write, later: manualTimer().later });
    const first = writer.save(entry('a'));
    const ringing = writer.save(entry('b', { live: 1 }));
    const ended = writer.save(entry('b', { endedAt: 2000 }));
    const other = writer.save(entry('c'));
    expect(store.batches.map((b) => b.entries.map((e) => e.callId))).toEqual([['a']]);
    expect(writer.status()).toEqual({ queued: 2, failure: '' });
    store.batches[0]?.land();
    await first;
    await tick();
    expect(store.batches[1]?.entries).toEqual([entry('b', { endedAt: 2000 }), entry('c')]);
    store.batches[1]?.land();
    // The older state of `b` was never written on its own, and its caller is told with the newer.
    await Promise.all([ringing, ended, other]);
    await writer.settled();
    expect(store.batches).toHaveLength(2);
    expect(writer.status()).toEqual({ queued: 0, failure: '' });
  });

  it('waits longer after each failure in a row, and starts again after a success', async () => {
    const store = heldStore();
    const timer = manualTimer();
    const writer = createHistoryWriter({ write: store.write, later: timer.later });
    const saved = writer.save(entry('a'));
    for (const why of ['full', 'still full', 'full again']) {
      store.batches.at(-1)?.fail(why);
      await writer.settled();
      expect(writer.status()).toEqual({ queued: 1, failure: why });
      timer.fire();
    }
    store.batches.at(-1)?.land();
    await saved;
    await writer.settled();
    void writer.save(entry('b'));
    store.batches.at(-1)?.fail('full');
    await writer.settled();
    expect(timer.waiting.map((w) => w.ms)).toEqual([1000]);
    expect(store.batches).toHaveLength(5);
  });

  it('asks the backoff it was given how long to wait', async () => {
    const store = heldStore();
    const timer = manualTimer();
    const backoff = vi.fn((failures: number) => failures * 7);
    const writer = createHistoryWriter({ write: store.write, later: timer.later, backoff });
    void writer.save(entry('a'));
    store.batches[0]?.fail('full');
    await writer.settled();
    timer.fire();
    store.batches[1]?.fail('full');
    await writer.settled();
    expect(backoff.mock.calls).toEqual([[1], [2]]);
    expect(timer.waiting.map((w) => w.ms)).toEqual([14]);
  });

  it('retries after 1 s, doubling, never waiting more than 30 s', () => {
    expect([1, 2, 3, 5, 6, 7, 20].map(retryDelay)).toEqual([
      1000, 2000, 4000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('shares no queue and no status with another writer', async () => {
    const failing = heldStore();
    const working = heldStore();
    const timer = manualTimer();
    const a = createHistoryWriter({ write: failing.write, later: timer.later });
    const b = createHistoryWriter({ write: working.write, later: timer.later });
    const heardA = vi.fn();
    const heardB = vi.fn();
    a.onStatus(heardA);
    b.onStatus(heardB);

    void a.save(entry('a-call'));
    failing.batches[0]?.fail('The disk is full');
    await a.settled();
    expect(a.status()).toEqual({ queued: 1, failure: 'The disk is full' });
    expect(b.status()).toEqual({ queued: 0, failure: '' });
    expect(heardB).not.toHaveBeenCalled();

    // While `a` waits for its retry, `b` writes at once, only its own entries.
    const saved = b.save(entry('b-call'));
    expect(working.batches.map((batch) => batch.entries.map((e) => e.callId))).toEqual([
      ['b-call'],
    ]);
    working.batches[0]?.land();
    await saved;
    await b.settled();
    expect(b.status()).toEqual({ queued: 0, failure: '' });
    expect(a.status()).toEqual({ queued: 1, failure: 'The disk is full' });
    expect(failing.batches).toHaveLength(1);
    const heardByA = heardA.mock.calls.length;
    expect(heardB).toHaveBeenCalled();

    // The same Call-ID in both: each writer keeps its own state of it.
    void a.save(entry('same', { name: 'in a' }));
    void b.save(entry('same', { name: 'in b' }));
    expect(working.batches[1]?.entries).toEqual([entry('same', { name: 'in b' })]);
    expect(a.status().queued).toBe(2);
    expect(heardA.mock.calls.length).toBe(heardByA + 1);
  });

  it('settles without waiting for another writer whose write hangs', async () => {
    const hanging = heldStore();
    const a = createHistoryWriter({ write: hanging.write });
    const b = createHistoryWriter({ write: async () => undefined });
    void a.save(entry('stuck'));
    await b.save(entry('free'));
    await expect(b.settled()).resolves.toBeUndefined();
    expect(a.status()).toEqual({ queued: 1, failure: '' });
    hanging.batches[0]?.land();
    await a.settled();
    expect(a.status()).toEqual({ queued: 0, failure: '' });
  });

  it('refuses an entry that can never be stored without touching its queue', async () => {
    const store = heldStore();
    const writer = createHistoryWriter({ write: store.write });
    await expect(writer.save(entry(''))).rejects.toThrow(TypeError);
    await expect(writer.save(entry('x', { startedAt: Number.NaN }))).rejects.toThrow(TypeError);
    expect(store.batches).toEqual([]);
    expect(writer.status()).toEqual({ queued: 0, failure: '' });
  });
});
