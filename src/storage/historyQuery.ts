// Reads the call history a page at a time, newest first, whole or searched, through indexes only:
// no query reads the whole history, however long it grows.
import type { IDBPCursorWithValue, IDBPDatabase, IDBPIndex } from 'idb';
import { database, type PhoneDB } from './db';
import type { HistoryEntry } from './historyEntry';
import {
  cursorOf,
  entryMatches,
  type HistoryCursor,
  isAfter,
  narrowestToken,
  newestFirst,
  searchTerms,
  termsMatch,
} from './historySearch';

export interface HistoryPage {
  /** Newest first, all after the cursor the page was asked from. */
  entries: HistoryEntry[];
  /** Where the next page starts; null when the list has no more. */
  next: HistoryCursor | null;
}

/** Where pages come from; the UI takes it as a parameter so that tests can give it an array. */
export interface HistorySource {
  page(tokens: readonly string[], after: HistoryCursor | null, limit: number): Promise<HistoryPage>;
}

/**
 * Records one scan may read before it returns what it found: a search that few recent calls
 * match yields to the UI between chunks instead of reading for seconds in one go.
 */
export const SCAN_BUDGET = 2000;
/** Beyond this many matching parties a merge would open too many cursors: scan instead. */
export const MERGE_LIMIT = 400;
/**
 * When this share of all parties matches, their calls are dense among recent calls, and a scan
 * fills a page within a few hundred reads, faster than opening a cursor per party.
 */
export const DENSE_SHARE = 0.05;

export const indexedDbHistory: HistorySource = { page: historyPage };

export async function historyPage(
  tokens: readonly string[],
  after: HistoryCursor | null,
  limit: number,
): Promise<HistoryPage> {
  const db = await database();
  const token = narrowestToken(tokens);
  // One character matches most parties: looking them up first would only delay the scan.
  if (token === undefined || token.length < 2) return scan(db, tokens, after, limit);
  const numbers = await matchingNumbers(db, token, tokens);
  if (numbers === 'many') return scan(db, tokens, after, limit);
  if (numbers.length === 0) return { entries: [], next: null };
  return merge(db, numbers, tokens, after, limit);
}

/**
 * Numbers whose (number, name) parties hold every token, or 'many' when a scan is cheaper: when
 * they are too many to merge, or so large a share of all parties that recent calls match densely.
 */
async function matchingNumbers(
  db: IDBPDatabase<PhoneDB>,
  token: string,
  tokens: readonly string[],
): Promise<string[] | 'many'> {
  const store = db.transaction('parties').store;
  // Every key that starts with the token: '\uffff' sorts after any character a key can hold.
  const range = IDBKeyRange.bound(token, `${token}\uffff`);
  // Primary keys only: a party's key is its number and name, from which its terms follow.
  const [keys, total] = await Promise.all([
    store.index('terms').getAllKeys(range, MERGE_LIMIT + 1),
    store.count(),
  ]);
  if (keys.length > MERGE_LIMIT) return 'many';
  const numbers = new Set<string>();
  let parties = 0;
  const seen = new Set<string>();
  for (const [number, name] of keys) {
    const id = JSON.stringify([number, name]);
    if (seen.has(id) || !termsMatch(searchTerms(number, name), tokens)) continue;
    seen.add(id);
    parties += 1;
    numbers.add(number);
  }
  return parties > total * DENSE_SHARE ? 'many' : [...numbers];
}

/** Walks the startedAt index newest first, keeping matching entries, within the scan budget. */
async function scan(
  db: IDBPDatabase<PhoneDB>,
  tokens: readonly string[],
  after: HistoryCursor | null,
  limit: number,
): Promise<HistoryPage> {
  const index = db.transaction('calls').store.index('startedAt');
  const range = after ? IDBKeyRange.upperBound(after.startedAt) : null;
  const entries: HistoryEntry[] = [];
  let last: HistoryEntry | undefined;
  let cursor = await index.openCursor(range, 'prev');
  for (let read = 0; cursor && entries.length < limit && read < SCAN_BUDGET; read += 1) {
    last = cursor.value;
    if (isAfter(last, after) && entryMatches(last, tokens)) entries.push(last);
    cursor = await cursor.continue();
  }
  return { entries, next: cursor && last ? cursorOf(last) : null };
}

type NumberCursor = IDBPCursorWithValue<PhoneDB, ['calls'], 'calls', 'number'>;

/** Moves a cursor to the next entry that belongs on the page, or to the end. */
async function seek(
  start: Promise<NumberCursor | null>,
  tokens: readonly string[],
  after: HistoryCursor | null,
): Promise<NumberCursor | null> {
  let cursor = await start;
  while (cursor && !(isAfter(cursor.value, after) && entryMatches(cursor.value, tokens))) {
    cursor = await cursor.continue();
  }
  return cursor;
}

/** One cursor per matching number on the (number, startedAt) index, merged newest first. */
async function merge(
  db: IDBPDatabase<PhoneDB>,
  numbers: readonly string[],
  tokens: readonly string[],
  after: HistoryCursor | null,
  limit: number,
): Promise<HistoryPage> {
  const index: IDBPIndex<PhoneDB, ['calls'], 'calls', 'number'> = db
    .transaction('calls')
    .store.index('number');
  const upper = after?.startedAt ?? Number.POSITIVE_INFINITY;
  // All cursors are asked for at once: the database serves them without a round trip each.
  const heads = await Promise.all(
    numbers.map((number) =>
      seek(
        index.openCursor(
          IDBKeyRange.bound([number, Number.NEGATIVE_INFINITY], [number, upper]),
          'prev',
        ),
        tokens,
        after,
      ),
    ),
  );
  const entries: HistoryEntry[] = [];
  while (entries.length < limit) {
    let newest = -1;
    heads.forEach((head, i) => {
      const best = heads[newest];
      if (head && (!best || newestFirst(head.value, best.value) < 0)) newest = i;
    });
    const head = heads[newest];
    if (!head) break;
    entries.push(head.value);
    heads[newest] = await seek(head.continue(), tokens, after);
  }
  const last = entries.at(-1);
  return { entries, next: last && heads.some(Boolean) ? cursorOf(last) : null };
}
