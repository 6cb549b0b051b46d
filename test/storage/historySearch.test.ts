import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import {
  entryMatches,
  isAfter,
  narrowestToken,
  newestFirst,
  queryTokens,
  searchTerms,
  termsMatch,
} from '../../src/storage/historySearch';

function entry(number: string, name = ''): HistoryEntry {
  return { callId: 'x', direction: 'incoming', number, name, startedAt: 0 };
}

describe('queryTokens', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['616', ['616']],
    ['+39 02 6161-616', ['39026161616']],
    ['(02) 6161.616', ['026161616']],
    ['*72#', ['*72#']],
    ['Mario', ['mario']],
    ['  mario   ROSSI ', ['mario', 'rossi']],
    ['Nicolò', ['nicolo']],
    ['mario mario', ['mario']],
    ['mario 02', ['mario', '02']],
    ['sip:alice@pbx', ['sip', 'alice', 'pbx']],
    ['---', []],
    ['%%%;<script>', ['script']],
    ['\u0000\u202e616', ['616']],
  ])('%j gives %j', (text, tokens) => {
    expect(queryTokens(text)).toEqual(tokens);
  });

  it('bounds what a pasted wall of text costs', () => {
    expect(queryTokens('9'.repeat(100_000))).toEqual(['9'.repeat(24)]);
    const words = queryTokens('word '.repeat(10_000));
    expect(words).toEqual(['word']);
    expect(queryTokens('abcdefghij '.repeat(50)).length).toBeLessThanOrEqual(8);
    expect(queryTokens(`${'x'.repeat(500)}`)[0]?.length).toBeLessThanOrEqual(24);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const tokens = queryTokens(text);
        return Array.isArray(tokens) && tokens.every((t) => t.length > 0 && t.length <= 24);
      }),
    );
  });
});

describe('searchTerms and matching', () => {
  it.each([
    ['+39 02 6161616', '', '616', true],
    ['+39 02 6161616', '', '3902', true],
    ['+39 02 6161616', '', '02 61', true],
    ['+39 02 6161616', '', '617', false],
    ['101', 'Mario Rossi', 'ros', true],
    ['101', 'Mario Rossi', 'mario ross', true],
    ['101', 'Mario Rossi', 'rossi mario', true],
    ['101', 'Mario Rossi', 'ossi', false],
    ['101', 'Mario Rossi', 'mario 10', true],
    ['101', 'Mario Rossi', 'mario 2', false],
    ['101', 'Nicolò Ferrari', 'NICOLO', true],
    ['alice', '', 'ali', true],
    ['sip:alice@pbx', '', 'alice', true],
    ['', '', '1', false],
    ['', 'Room 101', '01', false],
    ['', 'Room 101', '101', true],
    ['101', 'x', '', true],
  ])('%j %j found by %j: %s', (number, name, text, found) => {
    expect(entryMatches(entry(number, name), queryTokens(text))).toBe(found);
  });

  it('keeps the keys of a hostile number and name bounded', () => {
    const terms = searchTerms('1'.repeat(10_000), 'a '.repeat(10_000));
    expect(terms.length).toBeLessThanOrEqual(24 + 8);
  });

  it('is the same as "every token starts some key" (the index lookup)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 8 }),
        (number, name, text) => {
          const tokens = queryTokens(text);
          const terms = searchTerms(number, name);
          expect(entryMatches(entry(number, name), tokens)).toBe(termsMatch(terms, tokens));
          const token = narrowestToken(tokens);
          // Whatever matches has a key in the prefix range the index reads.
          if (token && entryMatches(entry(number, name), tokens)) {
            expect(terms.some((t) => t >= token && t <= `${token}\uffff`)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('order and cursors', () => {
  const a = { startedAt: 2000, callId: 'a' };
  const b = { startedAt: 1000, callId: 'b' };
  const c = { startedAt: 1000, callId: 'c' };
  it('puts the newest first, and orders calls of the same millisecond by Call-ID', () => {
    expect([b, c, a].sort(newestFirst)).toEqual([a, c, b]);
  });
  it.each([
    [a, null, true],
    [b, a, true],
    [a, b, false],
    [b, c, true],
    [c, b, false],
    [b, b, false],
  ])('%j after %j: %s', (entry, cursor, after) => {
    expect(isAfter(entry, cursor)).toBe(after);
  });
});
