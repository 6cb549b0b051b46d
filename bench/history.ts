// `npx tsx bench/history.ts`: fills a call history of 100,000 calls (BENCH_HISTORY_CALLS) through
// the app's own writer and times what the history list asks of it: the first page, a page deep
// down, searches by digits and by name, and one call's write once the history is that long.
// Node has no IndexedDB, so this runs on fake-indexeddb (a JavaScript model of it): the figures
// compare designs and catch regressions; Chromium's own figures come from a browser run.
import 'fake-indexeddb/auto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { database } from '../src/storage/db';
import type { HistoryEntry } from '../src/storage/historyEntry';
import { historyPage } from '../src/storage/historyQuery';
import { entryMatches, type HistoryCursor, queryTokens } from '../src/storage/historySearch';
import { createHistoryWriter } from '../src/storage/historyWriter';
import { syntheticHistory, syntheticParties } from './historyData';

const CALLS = Number(process.env.BENCH_HISTORY_CALLS ?? 100_000);
const PARTIES = Number(process.env.BENCH_HISTORY_PARTIES ?? 3_000);
const RUNS = 7;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** Median time of a page query, and how many entries it found. */
async function query(text: string, after: HistoryCursor | null = null) {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const { ms: t, result } = await timed(() => historyPage(queryTokens(text), after, 50));
    times.push(t);
    found = result.entries.length;
  }
  return { ms: median(times), found };
}

/** What the index saves: reading every call and filtering, as a search without one would. */
async function scanAll(text: string): Promise<number> {
  const tokens = queryTokens(text);
  const { ms: t } = await timed(async () => {
    const db = await database();
    const found: HistoryEntry[] = [];
    let cursor = await db.transaction('calls').store.index('startedAt').openCursor(null, 'prev');
    for (; cursor && found.length < 50; cursor = await cursor.continue()) {
      if (entryMatches(cursor.value, tokens)) found.push(cursor.value);
    }
  });
  return t;
}

async function main(): Promise<void> {
  const parties = syntheticParties(PARTIES);
  const history = syntheticHistory(CALLS, parties);
  console.log(
    `== Call history: ${CALLS} calls over ${PARTIES} numbers (fake-indexeddb in Node) ==`,
  );

  // The app's writer, as createApp makes it: batches, one queue.
  const writer = createHistoryWriter();
  const fill = await timed(async () => {
    await Promise.all(history.map(writer.save));
    await writer.settled();
  });
  const db = await database();
  const partyCount = await db.count('parties');
  let keys = 0;
  for (let c = await db.transaction('parties').store.openCursor(); c; c = await c.continue()) {
    keys += c.value.terms.length;
  }
  console.log(`fill (writer batches, one transaction)  ${ms(fill.ms)}`);
  console.log(
    `search index: ${partyCount} parties, ${keys} keys (${(keys / CALLS).toFixed(2)} per call)`,
  );

  // One call as the app writes it: three states (ringing, answered, ended), each awaited.
  const writes: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const base = { ...(history[i] as HistoryEntry), callId: `bench-${i}`, startedAt: Date.now() };
    for (const state of [{ live: 1 as const }, { live: 1 as const, answeredAt: 1 }, {}]) {
      const { ms: t } = await timed(() => writer.save({ ...base, ...state }));
      writes.push(t);
    }
  }
  console.log(`one call state written (median of 90)   ${ms(median(writes))}`);

  const first = await query('');
  console.log(`first page (50 newest)                  ${ms(first.ms)}`);
  let after: HistoryCursor | null = null;
  for (let i = 0; i < 40; i += 1) after = (await historyPage([], after, 50)).next;
  console.log(`page 41 (rows 2001-2050)                ${ms((await query('', after)).ms)}`);

  const someNumber = parties[17]?.number ?? '';
  const searches: [string, string][] = [
    ['3-digit substring', someNumber.slice(-3)],
    ['5-digit substring', someNumber.slice(-6, -1)],
    ['name prefix', 'ros'],
    ['first and last name', 'giulia fer'],
    ['1 digit (scan path)', '7'],
    ['no match', 'zebedeo'],
  ];
  for (const [label, text] of searches) {
    const { ms: t, found } = await query(text);
    const scan = await scanAll(text);
    console.log(
      `search ${`${label} "${text}"`.padEnd(34)} ${ms(t).padStart(9)}  (${found} found; a full scan: ${ms(scan)})`,
    );
  }

  gc();
  const before = process.memoryUsage().heapUsed;
  const pages: HistoryEntry[][] = [];
  after = null;
  for (let i = 0; i < 40; i += 1) {
    const page = await historyPage([], after, 50);
    pages.push(page.entries);
    after = page.next;
  }
  gc();
  const perPage = (process.memoryUsage().heapUsed - before) / pages.length;
  const json = JSON.stringify(pages[0]).length;
  console.log(
    `memory of one page of 50 (JS heap)      ${(perPage / 1024).toFixed(1)} KB (JSON ${(json / 1024).toFixed(1)} KB)`,
  );
  console.log(
    'DOM: the list renders the rows in view plus 6 each side (~20 <li>), however long the history.',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
