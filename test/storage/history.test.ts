import { beforeEach, describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../src/phone/phone';
import { closeDatabase, DB_NAME, database } from '../../src/storage/db';
import {
  closeInterruptedCalls,
  historySettled,
  recentHistory,
  saveHistoryEntry,
} from '../../src/storage/history';
import { durationSeconds, historyEntry } from '../../src/storage/historyEntry';
import { loadAccount, saveAccount } from '../../src/storage/settings';
import { ACCOUNT, facts } from '../phone/fakeSip';

beforeEach(async () => {
  await historySettled();
  await closeDatabase();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
  });
});

function snapshot(
  callId: string,
  startedAt: number,
  extra: Partial<CallSnapshot> = {},
): CallSnapshot {
  return { facts: facts({ callId }), status: 'incoming', startedAt, ...extra };
}

describe('history', () => {
  it('keeps every step of a call under its Call-ID, newest call first', async () => {
    await saveHistoryEntry(historyEntry(snapshot('a', 1000)));
    await saveHistoryEntry(
      historyEntry(snapshot('a', 1000, { status: 'active', answeredAt: 2000 })),
    );
    await saveHistoryEntry(historyEntry(snapshot('b', 5000)));
    await saveHistoryEntry(
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
    for (let i = 0; i < 30; i += 1) void saveHistoryEntry(historyEntry(snapshot(`c${i}`, i)));
    await saveHistoryEntry(historyEntry(snapshot('last', 100)));
    const entries = await recentHistory(5);
    expect(entries.map((e) => e.callId)).toEqual(['last', 'c29', 'c28', 'c27', 'c26']);
  });

  it('closes calls that a reload cut off, keeping what was known, and only those', async () => {
    const ended = snapshot('done', 500, { status: 'ended', endedAt: 900, endCause: 'missed' });
    await saveHistoryEntry(historyEntry(ended));
    await saveHistoryEntry(
      historyEntry(snapshot('cut', 1000, { status: 'active', answeredAt: 3000 })),
    );
    await closeInterruptedCalls();
    const [entry, done] = await recentHistory(2);
    expect(entry).toMatchObject({ endedAt: 3000, endCause: 'connection-lost' });
    expect(entry).not.toHaveProperty('live');
    expect(done).toEqual(historyEntry(ended));
  });

  it('survives closing and reopening the database', async () => {
    await saveHistoryEntry(historyEntry(snapshot('kept', 1)));
    await closeDatabase();
    expect((await recentHistory(1))[0]?.callId).toBe('kept');
    expect((await database()).objectStoreNames.contains('calls')).toBe(true);
  });
});

describe('settings', () => {
  it('keeps the account', async () => {
    expect(await loadAccount()).toBeUndefined();
    await saveAccount(ACCOUNT);
    await closeDatabase();
    expect(await loadAccount()).toEqual(ACCOUNT);
  });
});
