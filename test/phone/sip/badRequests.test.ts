// The incoming-message screen with JsSIP's real parser: each malformed request gets exactly one
// final response built from its raw text, ACKs and responses are never answered, and
// well-formed messages pass untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenIncoming } from '../../../src/phone/sip/badRequests';
import { readWithJsSip } from '../../../src/phone/sip/sipAdapter';
import { readRawSip } from '../../../src/phone/sip/statelessReply';
import { ANSWERED, DROPPED, PASSED } from './badRequestCases';
import { headLines, invite, values } from './rawSip';

const screen = (text: string) => screenIncoming(text, readWithJsSip, () => 'ourtag');

/** The raw values of a header in the request, the way the screen reads them (folding, compact). */
const raw = (text: string, name: string) =>
  readRawSip(text)
    .headers.filter((h) => h.name === name)
    .map((h) => h.value);

describe('screenIncoming', () => {
  it.each(ANSWERED)('answers $name with $status $reason', ({ text, status, reason }) => {
    const verdict = screen(text);
    if (verdict.action !== 'answer') throw new Error(`not answered: ${verdict.action}`);
    const response = verdict.response;
    expect(headLines(response)[0]).toBe(`SIP/2.0 ${status} ${reason}`);
    expect(values(response, 'Via')).toEqual(raw(text, 'via'));
    expect(values(response, 'From')).toEqual(raw(text, 'from').slice(0, 1));
    expect(values(response, 'Call-ID')).toEqual(raw(text, 'call-id').slice(0, 1));
    expect(values(response, 'CSeq')).toEqual(raw(text, 'cseq').slice(0, 1));
    const to = raw(text, 'to')[0];
    expect(values(response, 'To')).toEqual(to === undefined ? [] : [`${to};tag=ourtag`]);
    expect(values(response, 'Content-Length')).toEqual(['0']);
    expect(response.endsWith('\r\n\r\n')).toBe(true);
    // One sentence in words, naming the answer and why.
    expect(verdict.warning).toMatch(
      new RegExp(`^Answered an? \\S+ request with "${status} .+" because .+\\.$`),
    );
  });

  it('copies a malformed Call-ID and CSeq exactly as received', () => {
    const verdict = screen(invite({ 'Call-ID': ' a&b#c$d;e😀 ', CSeq: '7 BYE' }));
    if (verdict.action !== 'answer') throw new Error('not answered');
    expect(values(verdict.response, 'Call-ID')).toEqual(['a&b#c$d;e😀']);
    expect(values(verdict.response, 'CSeq')).toEqual(['7 BYE']);
    expect(verdict.warning).toContain('a&b#c$d;e😀');
  });

  it('keeps a To tag that is already there', () => {
    const verdict = screen(invite({ To: '<sip:101@h>;tag=theirs', 'Call-ID': 'a&b' }));
    if (verdict.action !== 'answer') throw new Error('not answered');
    expect(values(verdict.response, 'To')).toEqual(['<sip:101@h>;tag=theirs']);
  });

  it('says in words what was wrong', () => {
    const warning = (text: string) => {
      const verdict = screen(text);
      return verdict.action === 'pass' ? '' : verdict.warning;
    };
    expect(warning(invite({ 'Call-ID': 'a&b' }))).toBe(
      'Answered an INVITE request with "400 Bad Call-ID" because its Call-ID header "a&b" could not be parsed.',
    );
    expect(warning(invite({ Contact: undefined }))).toBe(
      'Answered an INVITE request with "400 Missing Contact" because it has no Contact header (Call-ID "call1@c.invalid").',
    );
    expect(warning(invite({ 'Call-ID': `${'x'.repeat(500)}&` }))).toMatch(/"x{80}…"/);
  });

  it.each(DROPPED)('drops $name without an answer', ({ text }) => {
    const verdict = screen(text);
    expect(verdict.action).toBe('drop');
    if (verdict.action === 'drop') expect(verdict.warning).toMatch(/^Dropped .+\.$/);
  });

  it.each(PASSED)('passes $name untouched', ({ text }) => {
    expect(screen(text)).toEqual({ action: 'pass' });
  });

  it('never throws, and answers any request it does not pass with the right Call-ID and CSeq', () => {
    const header = fc.constantFrom(
      'Via',
      'From',
      'To',
      'Call-ID',
      'CSeq',
      'Contact',
      'Content-Length',
      'Content-Type',
      'Max-Forwards',
      'Record-Route',
      'Event',
      'Refer-To',
      'Replaces',
      'Session-Expires',
      'X-Other',
    );
    const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant('*'));
    fc.assert(
      fc.property(header, value, (name, junk) => {
        const text = invite({ [name]: junk.replace(/[\r\n]/g, '') });
        const verdict = screen(text);
        if (verdict.action === 'pass') {
          // Passed means JsSIP parses it and will not drop it for a missing header.
          const parsed = readWithJsSip(text);
          expect(parsed).toBeDefined();
          for (const needed of ['Via', 'From', 'To', 'Call-ID', 'CSeq', 'Contact']) {
            expect(parsed?.has(needed)).toBe(true);
          }
          return;
        }
        expect(verdict.action).toBe('answer');
        if (verdict.action !== 'answer') return;
        expect(headLines(verdict.response)[0]).toMatch(/^SIP\/2\.0 4(00|16) /);
        expect(values(verdict.response, 'Call-ID')).toEqual(raw(text, 'call-id').slice(0, 1));
        expect(values(verdict.response, 'CSeq')).toEqual(raw(text, 'cseq').slice(0, 1));
      }),
      { numRuns: 500 },
    );
    // 500 JsSIP parses: about 2.5 s alone, more on a loaded machine.
  }, 20_000);
});

describe('readRawSip', () => {
  it('names headers as plain text, whatever they are called, compact forms expanded', () => {
    const text =
      'INVITE sip:101@pbx SIP/2.0\r\nConstructor: a\r\n__proto__: b\r\ni: c@h\r\nV: d\r\n\r\n';
    expect(readRawSip(text).headers.map((h) => h.name)).toEqual([
      'constructor',
      '__proto__',
      'call-id',
      'via',
    ]);
  });
});
