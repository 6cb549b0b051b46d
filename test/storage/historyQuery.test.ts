import { beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticHistory, syntheticParties } from '../../bench/historyData';
import { DB_VERSION, database, openAt } from '../../src/storage/db';
import { recentHistory } from '../../src/storage/history';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { historyPage, MERGE_LIMIT, SCAN_BUDGET } from '../../src/storage/historyQuery';
import {
  entryMatches,
  type HistoryCursor,
  newestFirst,
  queryTokens,
} from '../../src/storage/historySearch';
import { createHistoryWriter } from '../../src/storage/historyWriter';
import { freshDatabase } from './freshDatabase';

// The app's writer, as the list reads what it wrote; each test stores through a new one.
let writer = createHistoryWriter();

beforeEach(async () => {
  await freshDatabase(writer);
  writer = createHistoryWriter();
});

async function store(entries: readonly HistoryEntry[]): Promise<void> {
  await Promise.all(entries.map(writer.save));
}

/** Every page from the start, as the list would load them while the user scrolls. */
async function allPages(text: string, limit: number): Promise<HistoryEntry[][]> {
  const pages: HistoryEntry[][] = [];
  let after: HistoryCursor | null = null;
  do {
    const page = await historyPage(queryTokens(text), after, limit);
    pages.push(page.entries);
    after = page.next;
  } while (after && pages.length < 1000);
  return pages;
}

function expected(entries: readonly HistoryEntry[], text: string): string[] {
  const tokens = queryTokens(text);
  return entries
    .filter((e) => entryMatches(e, tokens))
    .sort(newestFirst)
    .map((e) => e.callId);
}

describe('history pages', () => {
  const parties = syntheticParties(MERGE_LIMIT + 100);
  const history = syntheticHistory(1500, parties);
  const someNumber = parties[7]?.number ?? '';
  const lastDigits = someNumber.slice(-3);

  it.each([
    ['the whole history', ''],
    ['a digit most numbers hold (scanned)', '1'],
    ['the last three digits of a number (merged)', lastDigits],
    ['a number as written', someNumber],
    ['a first name', 'Mario'],
    ['a surname prefix', 'ros'],
    ['a name and a digit', 'giulia 2'],
    ['an extension', '110'],
    ['nothing', 'Zebedeo'],
  ])('pages through %s newest first, each entry once', async (_, text) => {
    await store(history);
    const pages = await allPages(text, 37);
    expect(pages.flat().map((e) => e.callId)).toEqual(expected(history, text));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(37);
    expect(pages.slice(0, -1).every((page) => page.length === 37)).toBe(true);
  });

  it.each([
    ['the last three digits of a number', lastDigits, 'number'],
    ['a first and last name', 'giulia fer', 'number'],
    ['a first name many share', 'Chiara', 'startedAt'],
    ['one digit', '7', 'startedAt'],
  ])('finds %s through the index that reads least', async (_, text, index) => {
    await store(history);
    // Which index each cursor walks: per-number cursors (merge) or the time index (scan).
    const opened = vi.spyOn(IDBIndex.prototype, 'openCursor');
    try {
      const { entries } = await historyPage(queryTokens(text), null, 20);
      expect(entries.map((e) => e.callId)).toEqual(expected(history, text).slice(0, 20));
      const walked = opened.mock.contexts.map((context) => (context as IDBIndex).name);
      expect(new Set(walked)).toEqual(new Set([index]));
      if (index === 'number') {
        const numbers = new Set(
          history.filter((e) => entryMatches(e, queryTokens(text))).map((e) => e.number),
        );
        expect(walked).toHaveLength(numbers.size);
      }
    } finally {
      opened.mockRestore();
    }
  });

  it('shows live updates of a call under its Call-ID, not as a second entry', async () => {
    const [first, ...rest] = history.slice(0, 5);
    if (!first) throw new Error('no data');
    await store([{ ...first, endedAt: undefined, endCause: undefined, live: 1 }, ...rest]);
    await store([first]);
    const { entries } = await historyPage([], null, 10);
    expect(entries).toHaveLength(5);
    expect(entries.find((e) => e.callId === first.callId)).toEqual(first);
  });

  it('stops a long scan at its budget and goes on from there on the next page', async () => {
    const many = syntheticHistory(SCAN_BUDGET + 300, parties, 3);
    await store(many);
    const page = await historyPage([], null, SCAN_BUDGET + 300);
    expect(page.entries).toHaveLength(SCAN_BUDGET);
    const rest = await historyPage([], page.next, SCAN_BUDGET);
    expect([...page.entries, ...rest.entries].map((e) => e.callId)).toEqual(expected(many, ''));
    expect(rest.next).toBeNull();
  });
});

describe('upgrade from version 1', () => {
  it('keeps every call and makes the old ones searchable', async () => {
    const old = syntheticHistory(300, syntheticParties(40), 5);
    const v1 = await openAt(1);
    expect(v1.objectStoreNames.contains('parties')).toBe(false);
    for (const entry of old) await v1.put('calls', entry);
    // A record written by some older build without a name must not fail the upgrade.
    await v1.put('calls', { callId: 'odd', startedAt: 1 } as HistoryEntry);
    await v1.put('settings', { sipAddress: 'kept' } as never, 'account');
    v1.close();

    const db = await database();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('calls')).toBe(old.length + 1);
    expect(await db.get('settings', 'account')).toEqual({ sipAddress: 'kept' });
    expect((await recentHistory(1000)).map((e) => e.callId)).toContain('odd');
    for (const text of ['mario', old[0]?.number.slice(-4) ?? '', '']) {
      const pages = await allPages(text, 50);
      const found = pages.flat().map((e) => e.callId);
      expect(found.filter((id) => id !== 'odd')).toEqual(expected(old, text));
    }
    // New calls after the upgrade join the same indexes.
    const [fresh] = syntheticHistory(1, [{ number: '0299887766', name: 'Nuovo Cliente' }], 6, 2e12);
    if (!fresh) throw new Error('no data');
    await writer.save(fresh);
    expect((await historyPage(queryTokens('887'), null, 5)).entries).toEqual([fresh]);
  });
});
