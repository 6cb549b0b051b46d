// Internal extensions in text: labelled ('ext. 204', 'x204'), cued by the words around them
// ('call Mr Rossi on 102', 'direct line 102', '102 (ext)') or alone ('204'). Which digits are an
// extension is the user's rule, handed in; this only says where a person wrote one.

import { type Candidate, joinedAfter, runsOn, wordAfter, wordsBefore } from './context';
import {
  CALL_VERB,
  CODE_LABELS,
  EXTENSION_MARK_AFTER,
  FILLERS,
  isLabel,
  labelledAs,
  NOT_EXTENSION_AFTER,
  NOT_EXTENSION_BEFORE,
  PREPOSITIONS,
} from './cues';

/** The user's rule: whether these digits are one of the PBX's extensions. */
export type IsExtension = (digits: string) => boolean;

// The longest extension plan; the user's rule narrows it further.
const EXTENSION_DIGITS = /^[0-9]{2,6}$/;

// 'x' takes no space, so '2 x 30' stays a product. Bounded spaces keep the scan linear on
// hostile runs of blanks.
const LABELLED =
  /\b(?:extension|ext|interno|int)\.?\s{0,3}(?::\s{0,3})?([0-9]{2,6})(?![0-9])|\bx([0-9]{2,6})(?![0-9])/gi;
// The whole text, in brackets or quotes at most: '204', '(204)'. Not '#204' or '204%'.
const ALONE = /^[\s([{"'«“]*([0-9]{2,6})[\s)\]}"'»”.,:;!?]*$/u;
const DIGIT_RUN = /[0-9]+/g;
// Words a call verb may stand back from its 'on 102': 'call Mr Mario Rossi on 102'.
const VERB_REACH = 6;
// 'call me at 10' is a time more often than extension 10.
const LAST_HOUR = 24;

export function* labelledExtensions(text: string, isExtension: IsExtension): Generator<Candidate> {
  for (const match of text.matchAll(LABELLED)) {
    const dial = match[1] ?? match[2] ?? '';
    const end = match.index + match[0].length;
    // 'IBAN IT60 X054 2811 …': digits that run on into another group are a code's.
    if (isExtension(dial) && !joinedAfter(text, end)) yield { start: match.index, end, dial };
  }
}

/** Short numbers that the words around them make an extension. */
export function* cuedExtensions(text: string, isExtension: IsExtension): Generator<Candidate> {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const dial = match[0];
    const start = match.index;
    const end = start + dial.length;
    if (isExtension(dial) && isCued(text, start, end)) {
      yield { start, end, dial };
    }
  }
}

/** The text when it is nothing but an extension. */
export function aloneExtension(text: string, isExtension: IsExtension): Candidate | undefined {
  const dial = ALONE.exec(text)?.[1];
  if (dial === undefined || !isExtension(dial)) return undefined;
  const start = text.indexOf(dial);
  return { start, end: start + dial.length, dial };
}

/** The user's rule, kept to 2-6 digits: no rule makes a date's year or a long code an extension. */
export function asExtension(rule: IsExtension): IsExtension {
  return (digits) => EXTENSION_DIGITS.test(digits) && rule(digits);
}

// A cue against wins over a cue for: 'call room 204', 'chiamare il 12 marzo'.
function isCued(text: string, start: number, end: number): boolean {
  if (runsOn(text, start, end)) return false;
  const before = wordsBefore(text, start);
  if (NOT_EXTENSION_AFTER.has(wordAfter(text, end))) return false;
  if (labelledAs(before, NOT_EXTENSION_BEFORE) || labelledAs(before, CODE_LABELS)) return false;
  if (EXTENSION_MARK_AFTER.test(text.slice(end, end + 24))) return true;
  return labelledBefore(before) || calledOn(before, Number(text.slice(start, end)));
}

/** 'tel. 102', 'direct line 102', 'chiama il 102': a label, a few fillers at most between. */
function labelledBefore(before: readonly string[]): boolean {
  for (const [i, word] of before.entries()) {
    if (isLabel(word)) return true;
    if (i >= 2 || !FILLERS.has(word)) return false;
  }
  return false;
}

/** 'call Mr Rossi on 102', 'chiamami al 102': a preposition right before, a call verb back. */
function calledOn(before: readonly string[], value: number): boolean {
  const [preposition = ''] = before;
  if (!PREPOSITIONS.has(preposition)) return false;
  if (preposition === 'at' && value <= LAST_HOUR) return false;
  // 'dal 2020 al 2024', 'from 9 on 10': the end of a range, not a number of its own.
  if (/^[0-9]+$/.test(before[1] ?? '')) return false;
  return before.slice(1, 1 + VERB_REACH).some((word) => CALL_VERB.test(word));
}
