// The phonebook bench's work, the same in Node (fake-indexeddb) and in Chromium (the seed page):
// fill the history and the phonebook, then time the dial box's search and a caller's name.
import { dialSearch } from '../src/contacts/dialSearch';
import { contactForNumber, importContacts, rekeyContacts } from '../src/storage/contacts';
import { createHistoryWriter } from '../src/storage/historyWriter';
import { BENCH_PLAN, incomingNumbers, keystrokes, syntheticContacts } from './contactsData';
import { syntheticHistory, syntheticParties } from './historyData';

export interface ContactsFigures {
  calls: number;
  contacts: number;
  fillMs: number;
  importMs: number;
  /** ms per keystroke to the dial box's matches, and what each found first. */
  keys: { text: string; ms: number; first: string }[];
  lookups: { number: string; ms: number; found: string }[];
  /** ms to walk the phonebook under the same plan (nothing to do), and to re-key it under another. */
  rekeySameMs: number;
  rekeyOtherMs: number;
}

export async function runContactsBench(calls: number, count: number): Promise<ContactsFigures> {
  const parties = syntheticParties(3_000);
  const writer = createHistoryWriter();
  let start = performance.now();
  await Promise.all(syntheticHistory(calls, parties).map(writer.save));
  await writer.settled();
  const fillMs = performance.now() - start;
  const contacts = syntheticContacts(count, parties);
  start = performance.now();
  await importContacts(contacts, BENCH_PLAN);
  const importMs = performance.now() - start;
  // One search and one lookup first: code and metadata loaded once are not a keystroke's cost.
  await dialSearch('0', BENCH_PLAN);
  await contactForNumber('+390200000000', BENCH_PLAN);
  const keys: ContactsFigures['keys'] = [];
  for (const text of keystrokes(parties)) {
    const t = performance.now();
    const [first] = await dialSearch(text, BENCH_PLAN);
    keys.push({
      text,
      ms: performance.now() - t,
      first: first ? `${first.name} ${first.number}` : '',
    });
  }
  const lookups: ContactsFigures['lookups'] = [];
  // Five rounds of 20 numbers: a hundred lookups, so one garbage collection is not the p95.
  const rounds = Array.from({ length: 5 }, () => incomingNumbers(contacts)).flat();
  for (const number of rounds) {
    const t = performance.now();
    const found = await contactForNumber(number, BENCH_PLAN);
    lookups.push({ number, ms: performance.now() - t, found: found?.contact.name ?? '' });
  }
  start = performance.now();
  await rekeyContacts(BENCH_PLAN);
  const rekeySameMs = performance.now() - start;
  start = performance.now();
  await rekeyContacts({ ...BENCH_PLAN, outsideLinePrefix: '0' });
  const rekeyOtherMs = performance.now() - start;
  return { calls, contacts: count, fillMs, importMs, keys, lookups, rekeySameMs, rekeyOtherMs };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(2)} ms`;

export function report(title: string, f: ContactsFigures): string {
  const keyMs = f.keys.map((k) => k.ms);
  const lookupMs = f.lookups.map((l) => l.ms);
  return [
    `== ${title}: ${f.contacts} contacts, ${f.calls} calls ==`,
    `history written (app's writer)        ${ms(f.fillMs)}`,
    `contacts imported (one transaction)   ${ms(f.importMs)}`,
    `dial-box search, ${f.keys.length} keystrokes     median ${ms(at(keyMs, 0.5))}, p95 ${ms(at(keyMs, 0.95))}, worst ${ms(Math.max(...keyMs))} (target: median < 50 ms)`,
    ...f.keys.map(
      (k) => `  ${JSON.stringify(k.text).padEnd(12)} ${ms(k.ms).padStart(10)}  first: ${k.first}`,
    ),
    `caller's name, ${f.lookups.length} lookups         median ${ms(at(lookupMs, 0.5))}, p95 ${ms(at(lookupMs, 0.95))} (target: < 5 ms)`,
    `  worst ${ms(Math.max(...lookupMs))}; found ${f.lookups.filter((l) => l.found !== '').length} of ${f.lookups.length} (every 4th is unknown)`,
    `re-key: same plan (nothing to do) ${ms(f.rekeySameMs)}, another plan ${ms(f.rekeyOtherMs)}`,
  ].join('\n');
}
