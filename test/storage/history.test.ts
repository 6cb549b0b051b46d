import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallSnapshot, newCall } from '../../src/phone/callLine';
import { closeDatabase, database } from '../../src/storage/db';
import { closeInterruptedCalls, recentHistory } from '../../src/storage/history';
import { durationSeconds, type HistoryEntry, historyEntry } from '../../src/storage/historyEntry';
import {
  createHistoryWriter,
  type HistoryWriter,
  type HistoryWriteStatus,
} from '../../src/storage/historyWriter';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { ACCOUNT, facts } from '../phone/fakeSip';
import { freshDatabase } from './freshDatabase';

// Each test gets its own writer over IndexedDB; the last one's writes land before the reset.
let writer: HistoryWriter = createHistoryWriter();

beforeEach(async () => {
  await freshDatabase(writer);
  writer = createHistoryWriter();
});

function snapshot(
  callId: string,
  startedAt: number,
  extra: Partial<CallSnapshot> = {},
): CallSnapshot {
  return { ...newCall(facts({ callId }), 'incoming', startedAt), ...extra };
}

describe('history', () => {
  it('keeps every step of a call under its Call-ID, newest call first', async () => {
    await writer.save(historyEntry(snapshot('a', 1000)));
    await writer.save(historyEntry(snapshot('a', 1000, { status: 'active', answeredAt: 2000 })));
    await writer.save(historyEntry(snapshot('b', 5000)));
    await writer.save(
      historyEntry(
        snapshot('a', 1000, {
          status: 'ended',
          answeredAt: 2000,
          endedAt: 7000,
          endCause: 'hangup-remote',
        }),
      ),
    );
    const entries = await recentHistory(10);
    expect(entries.map((e) => e.callId)).toEqual(['b', 'a']);
    const a = entries[1];
    expect(a).toMatchObject({ endCause: 'hangup-remote' });
    expect(a).not.toHaveProperty('live');
    expect(a && durationSeconds(a, 0)).toBe(5);
  });

  it('limits how many entries it reads', async () => {
    for (let i = 0; i < 30; i += 1) void writer.save(historyEntry(snapshot(`c${i}`, i)));
    await writer.save(historyEntry(snapshot('last', 100)));
    const entries = await recentHistory(5);
    expect(entries.map((e) => e.callId)).toEqual(['last', 'c29', 'c28', 'c27', 'c26']);
  });

  it('closes calls that a reload cut off, keeping what was known, and only those', async () => {
    const ended = snapshot('done', 500, { status: 'ended', endedAt: 900, endCause: 'missed' });
    await writer.save(historyEntry(ended));
    await writer.save(historyEntry(snapshot('cut', 1000, { status: 'active', answeredAt: 3000 })));
    await closeInterruptedCalls();
    const [entry, done] = await recentHistory(2);
    expect(entry).toMatchObject({ endedAt: 3000, endCause: 'connection-lost' });
    expect(entry).not.toHaveProperty('live');
    expect(done).toEqual(historyEntry(ended));
  });

  it('ends a cut-off call when the app was last seen with it, so its length survives', async () => {
    const cut = historyEntry(snapshot('cut', 1000, { status: 'active', answeredAt: 3000 }));
    await writer.save({ ...cut, aliveAt: 47_000 });
    await closeInterruptedCalls();
    const [entry] = await recentHistory(1);
    expect(entry).toMatchObject({ endedAt: 47_000, endCause: 'connection-lost' });
    expect(entry).not.toHaveProperty('aliveAt');
    expect(durationSeconds(entry as HistoryEntry, 0)).toBe(44);
  });

  it('ends a cut-off call at the newer of its history beat and its last stamp', async () => {
    const beat = historyEntry(snapshot('beat', 1000, { status: 'active', answeredAt: 3000 }));
    const stamped = historyEntry(snapshot('stamped', 1000, { status: 'active', answeredAt: 3000 }));
    const early = historyEntry(snapshot('early', 1000, { status: 'active', answeredAt: 3000 }));
    await writer.save({ ...beat, aliveAt: 13_000 });
    await writer.save({ ...stamped, aliveAt: 13_000 });
    await writer.save(early);
    const closed = await closeInterruptedCalls(
      new Map([
        ['stamped', 17_400],
        ['beat', 9000],
        // A stamp from before the answer (a clock step back) never makes a negative length.
        ['early', 2000],
        ['unknown', 50_000],
      ]),
    );
    const ended = new Map((await recentHistory(5)).map((e) => [e.callId, e]));
    expect(ended.get('stamped')).toMatchObject({ endedAt: 17_400, endCause: 'connection-lost' });
    expect(ended.get('beat')).toMatchObject({ endedAt: 13_000 });
    expect(ended.get('early')).toMatchObject({ endedAt: 3000 });
    expect(ended.size).toBe(3);
    expect(closed).toBe(3);
    expect(await closeInterruptedCalls()).toBe(0);
  });

  it('leaves the live calls that the phone says are its own', async () => {
    await writer.save(historyEntry(snapshot('gone', 1000, { status: 'active', answeredAt: 3000 })));
    await writer.save(historyEntry(snapshot('ringing', 5000)));
    expect(await closeInterruptedCalls(new Map(), (callId) => callId === 'ringing')).toBe(1);
    const entries = new Map((await recentHistory(2)).map((e) => [e.callId, e]));
    expect(entries.get('gone')).toMatchObject({ endCause: 'connection-lost' });
    expect(entries.get('ringing')).not.toHaveProperty('endCause');
    expect(await closeInterruptedCalls()).toBe(1);
  });

  it('survives closing and reopening the database', async () => {
    await writer.save(historyEntry(snapshot('kept', 1)));
    await closeDatabase();
    expect((await recentHistory(1))[0]?.callId).toBe('kept');
    expect((await database()).objectStoreNames.contains('calls')).toBe(true);
  });
});

describe('history writes', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('retries a write that failed, reports it meanwhile, and loses nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    const seen: HistoryWriteStatus[] = [];
    const stop = writer.onStatus(() => seen.push(writer.status()));
    let landed = false;
    void writer.save(historyEntry(snapshot('a', 1000))).then(() => {
      landed = true;
    });
    await writer.settled();
    expect(writer.status()).toEqual({ queued: 1, failure: 'The disk is full' });
    // A newer state of the same call while the retry waits: it is the one written.
    const ended = historyEntry(
      snapshot('a', 1000, { status: 'ended', endedAt: 2000, endCause: 'missed' }),
    );
    const last = writer.save(ended);
    expect(landed).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    await last;
    await writer.settled();
    expect(landed).toBe(true);
    expect(writer.status()).toEqual({ queued: 0, failure: '' });
    expect(seen.at(-1)).toEqual({ queued: 0, failure: '' });
    expect(await recentHistory(5)).toEqual([ended]);
    expect(put).toHaveBeenCalled();
    stop();
  });

  it('reports a failure only in the writer whose write failed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    const other = createHistoryWriter();
    void writer.save(historyEntry(snapshot('a', 1000)));
    await writer.settled();
    await other.save(historyEntry(snapshot('b', 2000)));
    expect(writer.status()).toEqual({ queued: 1, failure: 'The disk is full' });
    expect(other.status()).toEqual({ queued: 0, failure: '' });
    expect((await recentHistory(5)).map((e) => e.callId)).toEqual(['b']);
    await vi.advanceTimersByTimeAsync(1000);
    await writer.settled();
    expect(writer.status()).toEqual({ queued: 0, failure: '' });
    expect((await recentHistory(5)).map((e) => e.callId)).toEqual(['b', 'a']);
  });

  it('refuses at once an entry that can never be stored, and writes the others', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bad = { ...historyEntry(snapshot('x', 1)), callId: '' };
    const good = writer.save(historyEntry(snapshot('good', 2)));
    await expect(writer.save(bad)).rejects.toThrow(TypeError);
    await expect(
      writer.save({ ...historyEntry(snapshot('y', 1)), startedAt: Number.NaN }),
    ).rejects.toThrow(TypeError);
    await good;
    expect((await recentHistory(5)).map((e) => e.callId)).toEqual(['good']);
  });
});

describe('settings', () => {
  it('keeps the account', async () => {
    expect(await loadSetting('account')).toBeUndefined();
    await saveSetting('account', ACCOUNT);
    await closeDatabase();
    expect(await loadSetting('account')).toEqual(ACCOUNT);
  });
});
