// Finds the number to dial in free text (a selection, the clipboard): "Tel. +39 02 6161 616
// (office)", "Please call Mr Rossi on 102 (ext)", "int. 204". Phone numbers are read by
// libphonenumber-js; a short number is an extension only where the words around it say so and
// the user's extension rule agrees. Dates, times, amounts and codes are not dialled. Pure and
// total: hostile text gets an error.

import type { Candidate } from './context';
import type { DialPlan } from './dialPlanDefaults';
import {
  aloneExtension,
  asExtension,
  cuedExtensions,
  type IsExtension,
  labelledExtensions,
} from './extensions';
import { phoneNumbers } from './phoneNumbers';

export type ExtractError = 'no-number' | 'too-long' | 'empty';

export type Extracted =
  | { ok: true; dialString: string; found: string; others: string[] }
  | { ok: false; error: ExtractError };

export interface ExtractOptions {
  /** The user's internal-extension rule; without one, 2 to 5 digits (the rule's default). */
  isExtension?: IsExtension;
}

// A refusal, not a truncation: a selection this long is a page selected by mistake, and dialling
// whatever number happens to come first on it would surprise; the user is told to select just
// the number. It also bounds the scan: hostile text this long (" 1" repeated) takes ~0.3 s.
export const MAX_TEXT = 20_000;

const DEFAULT_EXTENSION = /^[0-9]{2,5}$/;

/** The first number in `text` as the plan dials it, with the other numbers as written. */
export function extractNumber(
  text: string,
  plan: DialPlan,
  options: ExtractOptions = {},
): Extracted {
  if (typeof text !== 'string') return { ok: false, error: 'empty' };
  if (text.length > MAX_TEXT) return { ok: false, error: 'too-long' };
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const isExtension = asExtension(
    options.isExtension ?? ((digits) => DEFAULT_EXTENSION.test(digits)),
  );
  const candidates = phoneNumbers(text, plan);
  // An extension is dialled as it is (no outside line, no country), unless it is part of a
  // phone number already found: '+39 02 6161616 int. 204' dials the number.
  for (const found of [
    ...labelledExtensions(text, isExtension),
    ...cuedExtensions(text, isExtension),
  ]) {
    if (!candidates.some((c) => found.start < c.end && c.start < found.end)) candidates.push(found);
  }
  if (candidates.length === 0) {
    const alone = aloneExtension(text, isExtension);
    if (alone === undefined) return { ok: false, error: 'no-number' };
    candidates.push(alone);
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
