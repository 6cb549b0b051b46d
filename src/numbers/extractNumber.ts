// Finds the number to dial in free text (a selection, the clipboard): "Tel. +39 02 6161 616
// (office)", "(0039) 02-6161616", "int. 204". libphonenumber-js reads the phone numbers; what it
// rejects (dates, amounts, codes) is not dialled. Pure and total: hostile text gets an error.

import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { dialFor } from './dialForm';
import type { DialPlan } from './dialPlanDefaults';

export type ExtractError = 'no-number' | 'too-long' | 'empty';

export type Extracted =
  | { ok: true; dialString: string; found: string; others: string[] }
  | { ok: false; error: ExtractError };

// A refusal, not a truncation: a selection this long is a page selected by mistake, and dialling
// whatever number happens to come first on it would surprise; the user is told to select just
// the number. It also bounds the scan: hostile text this long (" 1" repeated) takes ~0.3 s.
export const MAX_TEXT = 20_000;

// Internal extensions, labelled: 'ext. 204', 'int. 204', 'interno: 204', 'x204'. 'x' takes no
// space, so '2 x 30' stays a product. Two to five digits, as PBX extensions are. Bounded
// spaces keep the scan linear on hostile runs of blanks.
const LABELLED_EXTENSION =
  /\b(?:extension|ext|interno|int)\.?\s{0,3}(?::\s{0,3})?([0-9]{2,5})(?![0-9])|\bx([0-9]{2,5})(?![0-9])/gi;
// A bare extension only when it is the whole text: inside a sentence '2024' or '10' is not one.
const BARE_EXTENSION = /^[\s\p{P}]*([0-9]{2,5})[\s\p{P}]*$/u;

interface Candidate {
  start: number;
  end: number;
  dial: string;
}

/** The first number in `text` as the plan dials it, with the other numbers as written. */
export function extractNumber(text: string, plan: DialPlan): Extracted {
  if (typeof text !== 'string') return { ok: false, error: 'empty' };
  if (text.length > MAX_TEXT) return { ok: false, error: 'too-long' };
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const candidates = phoneNumbers(text, plan);
  for (const extension of labelledExtensions(text)) {
    if (!candidates.some((c) => extension.start < c.end && c.start < extension.end)) {
      candidates.push(extension);
    }
  }
  if (candidates.length === 0) {
    const bare = BARE_EXTENSION.exec(text);
    const digits = bare?.[1];
    if (digits === undefined) return { ok: false, error: 'no-number' };
    return { ok: true, dialString: digits, found: digits, others: [] };
  }
  candidates.sort((a, b) => a.start - b.start);
  const [first, ...rest] = candidates as [Candidate, ...Candidate[]];
  // The same number written twice is not another number.
  const seen = new Set([first.dial]);
  const others: string[] = [];
  for (const c of rest) {
    if (seen.has(c.dial)) continue;
    seen.add(c.dial);
    others.push(text.slice(c.start, c.end));
  }
  return { ok: true, dialString: first.dial, found: text.slice(first.start, first.end), others };
}

function phoneNumbers(text: string, plan: DialPlan): Candidate[] {
  const candidates: Candidate[] = [];
  try {
    for (const found of findPhoneNumbersInText(text, { defaultCountry: plan.country })) {
      const dial = dialFor(found.number, plan);
      if (dial !== undefined) candidates.push({ start: found.startsAt, end: found.endsAt, dial });
    }
  } catch {
    // The library's own failure on odd text: nothing it read can be trusted, so nothing is kept.
    return [];
  }
  return candidates;
}

function* labelledExtensions(text: string): Generator<Candidate> {
  for (const match of text.matchAll(LABELLED_EXTENSION)) {
    // An extension is dialled as it is: no outside line, no country.
    const dial = match[1] ?? match[2] ?? '';
    yield { start: match.index, end: match.index + match[0].length, dial };
  }
}
