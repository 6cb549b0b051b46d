// A made-up call history shaped like an office's: a few thousand numbers called again and again,
// most with a name, some calls in the same millisecond. Shared by bench/history.ts and the tests.
import type { EndCause } from '../src/phone/sipPort';
import type { HistoryEntry } from '../src/storage/historyEntry';

const FIRST = ['Mario', 'Giulia', 'Luca', 'Anna', 'Nicolò', 'Sara', 'Paolo', 'Chiara', 'Marco'];
const LAST = ['Rossi', 'Bianchi', 'Ferrari', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino'];
const CAUSES: EndCause[] = ['hangup-local', 'hangup-remote', 'missed', 'busy', 'declined'];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so runs compare. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Party {
  number: string;
  name: string;
}

/** `count` people: Italian-looking numbers and extensions, a name for most. */
export function syntheticParties(count: number, seed = 1): Party[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const digits = String(Math.floor(next() * 1e7)).padStart(7, '0');
    const number = i % 10 === 0 ? String(100 + i) : `+39 0${1 + (i % 9)} ${digits}`;
    return { number, name: next() < 0.8 ? `${pick(FIRST)} ${pick(LAST)}` : '' };
  });
}

/** `count` ended calls over `parties`, one every ~20 s up to `newest`, a few started together. */
export function syntheticHistory(
  count: number,
  parties: readonly Party[],
  seed = 2,
  newest = 1_750_000_000_000,
): HistoryEntry[] {
  const next = random(seed);
  let at = newest;
  return Array.from({ length: count }, (_, i) => {
    const who = parties[Math.floor(next() * parties.length)] ?? { number: '100', name: '' };
    if (next() > 0.05) at -= Math.floor(next() * 40_000);
    const answered = next() < 0.7;
    const entry: HistoryEntry = {
      callId: `${i.toString(36)}-${Math.floor(next() * 1e9).toString(36)}@pbx`,
      direction: next() < 0.5 ? 'incoming' : 'outgoing',
      number: who.number,
      name: who.name,
      startedAt: at,
      endedAt: at + 3000 + Math.floor(next() * 300_000),
      endCause: answered
        ? next() < 0.5
          ? 'hangup-local'
          : 'hangup-remote'
        : (CAUSES[Math.floor(next() * CAUSES.length)] ?? 'missed'),
    };
    if (answered) entry.answeredAt = at + 3000;
    return entry;
  });
}
