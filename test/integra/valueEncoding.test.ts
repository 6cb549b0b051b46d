// Every hostile value, in every place a rule can put it: after decoding it is exactly what the
// caller sent, or the rule is refused naming the placeholder (and the value, where it is the cause).
import { describe, expect, it } from 'vitest';
import { type Expanded, expandRule } from '../../src/integra/expand';
import { placeholderValues } from '../../src/integra/placeholders';
import type { RuleKind } from '../../src/integra/rule';
import type { CallFacts } from '../../src/phone/types';
import { call, rule } from './sampleCall';

const HOSTILE: readonly [string, string][] = [
  ['an ampersand', 'Rossi & Figli&admin=1'],
  ['an equals sign', 'a=b=c'],
  ['a hash', 'Bar #1#frag'],
  ['a question mark', 'who?x=1'],
  ['slashes', '../../admin/x'],
  ['backslashes', '..\\..\\admin'],
  ['percent signs', '100% %41%26x=1 %2e%2e'],
  ['a plus', '+39 02 6161 616'],
  ['spaces', '  two  spaces  '],
  ['a semicolon', '1;rm -rf ~'],
  ['command substitution', '$(id)'],
  ['backticks', '`id`'],
  ['quotes', `O'Brien "the boss"`],
  ['newlines', 'a\r\nSet-Cookie: x=1\n'],
  ['a tab', 'Mario\tRossi'],
  ['NUL', 'a\u0000b'],
  ['bidi controls', 'Mario\u202Eevil\u202C \u2066x\u2069 \u200F'],
  ['emoji', 'Zoë 😀 👨‍👩‍👧 北京'],
  ['a redirect', '123&redirect=http://evil.example'],
  ['an event', '+390261616161&ev=CALL_BUSY'],
  ['a scheme', 'javascript:alert(1)'],
  ['markup', '<script>alert(1)</script>'],
  ['an empty value', ''],
];
const LONE_SURROGATES = ['a\uD800b', '\uDC00', 'x\uDBFF'];
const TEN_KB = 'x&'.repeat(5_000);

/** Each placeholder with the fact it reads, so numbers, names and headers all go through. */
const PLACES: readonly [string, (value: string) => Partial<CallFacts>][] = [
  ['!01', (remoteNumber) => ({ remoteNumber })],
  ['!{display_name}', (remoteName) => ({ remoteName })],
  ['!{sip:x-crm}', (value) => ({ headers: { 'x-crm': value } })],
];

function expand(command: string, facts: Partial<CallFacts>, kind: RuleKind = 'get'): Expanded {
  return expandRule(rule(command, { kind }), placeholderValues(call('CALL_IN', facts)));
}

function text(result: Expanded): string {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.text;
}

/** Where a value lands in a URL, and how to read it back from the URL the browser gets. */
const TARGETS: readonly [string, (p: string) => string, (url: URL) => string | null][] = [
  [
    'the query',
    (p) => `https://crm.example.com/pop?n=${p}&k=1`,
    (url) => url.searchParams.get('n'),
  ],
  [
    'the path',
    (p) => `https://crm.example.com/contacts/${p}/card`,
    (url) => decodeURIComponent(url.pathname.split('/')[2] ?? ''),
  ],
  [
    'the fragment',
    (p) => `https://crm.example.com/#${p}`,
    (url) => decodeURIComponent(url.hash.slice(1)),
  ],
];

describe.each(TARGETS)('a value in %s', (_, template, read) => {
  describe.each(PLACES)('as %s', (placeholder, facts) => {
    it.each(HOSTILE)('arrives exactly: %s', (_label, value) => {
      const url = new URL(text(expand(template(placeholder), facts(value))));
      expect(url.origin).toBe('https://crm.example.com');
      expect(read(url)).toBe(value);
    });

    it.each(LONE_SURROGATES)('refuses the lone surrogate in %j, naming it', (value) => {
      expect(expand(template(placeholder), facts(value))).toEqual({
        ok: false,
        error: { type: 'unsafe-url-value', placeholder, value },
      });
    });

    it('refuses 10 kB, naming the placeholder', () => {
      expect(expand(template(placeholder), facts(TEN_KB))).toMatchObject({
        ok: false,
        error: { type: 'too-long', placeholder },
      });
    });
  });
});

describe('a value in the query', () => {
  it('adds no parameter and no fragment, whatever it holds', () => {
    const url = new URL(
      text(expand('https://crm.example.com/?n=!01&k=1#top', { remoteNumber: '1&k=2#x' })),
    );
    expect([...url.searchParams]).toEqual([
      ['n', '1&k=2#x'],
      ['k', '1'],
    ]);
    expect(url.hash).toBe('#top');
  });
});

describe('a value that would be a dot segment of the path', () => {
  it.each([
    ['.', 'https://crm.example.com/contacts/!01/card'],
    ['..', 'https://crm.example.com/contacts/!01/card'],
    ['..', 'https://crm.example.com/contacts/!01'],
    ['.', 'https://crm.example.com/contacts/.!01/card'],
    ['.', 'https://crm.example.com/contacts\\!01\\card'],
  ])('refuses %j in %s, naming it', (remoteNumber, command) => {
    expect(expand(command, { remoteNumber })).toEqual({
      ok: false,
      error: { type: 'unsafe-url-value', placeholder: '!01', value: remoteNumber },
    });
  });

  it.each([
    ['..', 'https://crm.example.com/?n=!01'],
    ['..', 'https://crm.example.com/#!01'],
    ['...', 'https://crm.example.com/contacts/!01/card'],
    ['.x', 'https://crm.example.com/contacts/!01/card'],
  ])('keeps %j in %s', (remoteNumber, command) => {
    const url = new URL(text(expand(command, { remoteNumber })));
    expect(url.href).toContain(remoteNumber);
  });

  it("leaves the template's own dot segments to the URL parser", () => {
    expect(text(expand('https://crm.example.com/a/../b/!01', { remoteNumber: '12' }))).toBe(
      'https://crm.example.com/b/12',
    );
  });
});

describe('values in the JSON body of a POST', () => {
  it.each([...HOSTILE, ...LONE_SURROGATES.map((v) => ['a lone surrogate', v]), ['10 kB', TEN_KB]])(
    'carries %s exactly',
    (_, value) => {
      const result = expand(
        'https://crm.example.com/hook?c=!05',
        { remoteName: value, remoteNumber: value },
        'post',
      );
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const body = JSON.parse(result.body ?? '');
      expect([body.display_name, body.remote_number]).toEqual([value, value]);
    },
  );
});

describe('values for a shell rule', () => {
  // The app sends the values apart from the rule id; the host puts each in its arguments.
  it.each(HOSTILE)('leave the rule id alone: %s', (_, value) => {
    expect(expand('crm-log', { remoteNumber: value, remoteName: value }, 'shell')).toEqual({
      ok: true,
      kind: 'shell',
      text: 'crm-log',
    });
  });
});
