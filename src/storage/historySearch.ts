// What a history search matches, as pure functions: the tokens of a typed query, the search keys
// of a number and name, the order of the list (newest first) and where a page stops.
import type { HistoryEntry } from './historyEntry';

const MAX_QUERY = 64;
const MAX_TOKENS = 8;
/** E.164 numbers have at most 15 digits; longer is hostile or a SIP user name, and need not be searched whole. */
const MAX_DIGITS = 24;
const MAX_WORD = 24;
const MAX_WORDS = 8;

/** Digits as they are dialled: 0-9, * and #. */
const NOT_DIAL = /[^0-9*#]/g;
const HAS_NOT_DIAL = /[^0-9*#]/;
/** A typed number: dial characters with the punctuation people write numbers with. */
const TYPED_NUMBER = /^[0-9*#\s+\-().\\/]*$/;
const WORD_SEPARATORS = /[^\p{L}\p{N}*#]+/u;

/** Lower case, without accents: "Nicolò" is found by "nicolo". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function dialDigits(number: string): string {
  return number.replace(NOT_DIAL, '').slice(0, MAX_DIGITS);
}

function words(text: string): string[] {
  return fold(text.slice(0, MAX_WORD * MAX_WORDS))
    .split(WORD_SEPARATORS)
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD));
}

/**
 * The tokens of what the user typed; every token must match for an entry to be found. A typed
 * number ("02 6161 616", "+39 02") is one token of its digits, found anywhere in a number; other
 * text is split into words, each found at the start of a word of the name or number.
 */
export function queryTokens(text: string): string[] {
  if (typeof text !== 'string') return [];
  const typed = text.slice(0, MAX_QUERY);
  const digits = dialDigits(typed);
  if (digits !== '' && TYPED_NUMBER.test(typed)) return [digits];
  return [...new Set(words(typed))].slice(0, MAX_TOKENS);
}

/**
 * Keys under which a number and name are indexed, so that "token is a prefix of a key" is the
 * whole match: every suffix of the digits (a prefix of a suffix is any substring, so the last
 * digits a user remembers find the number) and the folded words of name and number.
 */
export function searchTerms(number: string, name: string): string[] {
  const digits = dialDigits(number);
  const terms = new Set<string>();
  for (let i = 0; i < digits.length; i += 1) terms.add(digits.slice(i));
  // Words of a number that are not digits ("alice" of sip:alice@host); its digits are already in.
  for (const word of words(number)) if (HAS_NOT_DIAL.test(word)) terms.add(word);
  for (const word of words(name)) terms.add(word);
  return [...terms];
}

/** Whether a party's search keys hold every token. */
export function termsMatch(terms: readonly string[], tokens: readonly string[]): boolean {
  return tokens.every((token) => terms.some((term) => term.startsWith(token)));
}

/** Whether an entry is found by the tokens; no tokens finds everything. */
export function entryMatches(entry: HistoryEntry, tokens: readonly string[]): boolean {
  return tokens.length === 0 || termsMatch(searchTerms(entry.number, entry.name), tokens);
}

/** The longest token narrows an index lookup the most. */
export function narrowestToken(tokens: readonly string[]): string | undefined {
  return tokens.reduce<string | undefined>(
    (a, b) => (a === undefined || b.length > a.length ? b : a),
    undefined,
  );
}

/** Where a page of the newest-first list ended: the next page holds only entries after it. */
export interface HistoryCursor {
  startedAt: number;
  callId: string;
}

/** Newest first; calls started in the same millisecond by Call-ID, as the startedAt index orders them (reversed). */
export function newestFirst(a: HistoryCursor, b: HistoryCursor): number {
  if (a.startedAt !== b.startedAt) return b.startedAt - a.startedAt;
  return a.callId < b.callId ? 1 : a.callId > b.callId ? -1 : 0;
}

/** Whether an entry comes after the cursor in the list; no cursor means the list's start. */
export function isAfter(entry: HistoryCursor, cursor: HistoryCursor | null): boolean {
  return cursor === null || newestFirst(entry, cursor) > 0;
}

export function cursorOf(entry: HistoryCursor): HistoryCursor {
  return { startedAt: entry.startedAt, callId: entry.callId };
}
