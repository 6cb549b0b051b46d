import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandRule, MAX_EXPANDED } from '../../src/integra/expand';
import { namedValues, placeholderValues } from '../../src/integra/placeholders';
import type { RuleKind } from '../../src/integra/rule';
import { CALL_EVENTS, type CallFacts } from '../../src/phone/types';
import { CALL_ID, call, rule } from './sampleCall';

const ALL = 'https://crm.example.com/pop?e=!00&r=!01&a=!02&d=!03&t=!04&c=!05&oc=!06&od=!07';
const values = (facts: Partial<CallFacts> = {}) => placeholderValues(call('CALL_IN', facts));

function expand(command: string, kind: RuleKind = 'open', facts: Partial<CallFacts> = {}) {
  return expandRule(rule(command, { kind }), values(facts));
}

function params(command: string, facts: Partial<CallFacts> = {}, kind: RuleKind = 'open') {
  const result = expand(command, kind, facts);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return Object.fromEntries(new URL(result.text).searchParams);
}

describe('expandRule for URLs', () => {
  it('fills !00-!07, percent-encoding every value', () => {
    expect(expand(ALL)).toEqual({
      ok: true,
      kind: 'open',
      text:
        'https://crm.example.com/pop?e=101&r=%2B390212345678&a=CALL_IN&d=0299999101' +
        `&t=05%2F01%2F2024_09.03.07&c=${encodeURIComponent(CALL_ID)}&oc=%2B390287654321&od=0299999000`,
    });
  });

  it.each(CALL_EVENTS)('passes %s as !02', (event) => {
    const result = expandRule(rule('http://crm/?a=!02'), placeholderValues(call(event)));
    expect(result).toMatchObject({ ok: true, text: `http://crm/?a=${event}` });
  });

  it.each([
    ['the vendor spaced form', 'http://crm/?n=! 01&e=! 00', { n: '+390212345678', e: '101' }],
    ['named forms', 'http://crm/?n=!{display_name}&d=!{direction}', { n: 'Mario Rossi', d: 'in' }],
    ['a numbered one by name', 'http://crm/?n=!{ remote_number }', { n: '+390212345678' }],
    [
      'a SIP header',
      'http://crm/?q=!{sip:X-Queue}&u=!{sip:user-agent}',
      { q: 'Sales-Queue', u: 'Kamailio "test"' },
    ],
    ['a missing header', 'http://crm/?q=!{sip:x-nothing}', { q: '' }],
    [
      'a ! before one digit, or two spaces, as text',
      'http://crm/?b=!1&c=!  01',
      { b: '!1', c: '!  01' },
    ],
    ['a lone !', 'http://crm/?a=hi!&b=!!01', { a: 'hi!', b: '!+390212345678' }],
    ['no placeholder at all', 'http://crm/?static=1', { static: '1' }],
  ])('accepts %s', (_, command, expected) => {
    expect(params(command)).toEqual(expected);
  });

  it.each([
    ['an ampersand', 'Rossi & Figli&admin=1'],
    ['a hash', 'Bar #1#frag'],
    ['percent signs', '100% %41%26x=1'],
    ['quotes', `O'Brien "the boss"`],
    ['a script tag', '<script>alert(1)</script>'],
    ['newlines', 'a\r\nSet-Cookie: x=1\n'],
    ['shell syntax', '; $(rm -rf /) `x` | && >'],
    ['a bidi override', 'Mario\u202Eevil\u202C'],
    ['emoji and accents', 'Zoë 😀 Ünal 北京'],
    ['a plus number', '+39 02 6161 616'],
    ['a scheme', 'javascript:alert(1)'],
    ['a 3 kB string', 'x&'.repeat(1500)],
  ])('keeps %s inside its own parameter', (_, name) => {
    const template = 'https://crm.example.com/pop?name=!{display_name}&n=!01';
    expect(params(template, { remoteName: name })).toEqual({ name, n: '+390212345678' });
  });

  it('refuses a lone surrogate, which no URL can carry, rather than sending U+FFFD', () => {
    expect(expand('http://crm/?n=!{display_name}', 'open', { remoteName: 'a\uD800b' })).toEqual({
      ok: false,
      error: { type: 'unsafe-url-value', placeholder: '!{display_name}', value: 'a\uD800b' },
    });
  });

  it('never lets a caller name add a parameter, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const template = 'https://crm.example.com/pop?name=!{display_name}&n=!01#top';
        const result = expand(template, 'get', { remoteName: name });
        if (!result.ok) return;
        const url = new URL(result.text);
        expect([...url.searchParams.keys()]).toEqual(['name', 'n']);
        expect(url.hash).toBe('#top');
        expect(url.host).toBe('crm.example.com');
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['a javascript: URL', '!01', { remoteNumber: 'javascript:alert(1)' }, '!01'],
    ['a data: URL', '!{display_name}', { remoteName: 'data:text/html,<b>' }, '!{display_name}'],
    ['an http URL', '!{display_name}', { remoteName: 'http://evil.example' }, '!{display_name}'],
    [
      'a header URL',
      '!{sip:x-url}',
      { headers: { 'x-url': 'https://evil.example' } },
      '!{sip:x-url}',
    ],
    ['a server name', 'http://!01/', { remoteNumber: 'evil.example' }, '!01'],
    ['a scheme', '!01://crm/', { remoteNumber: 'javascript' }, '!01'],
    ['a port', 'http://crm:!01/', { remoteNumber: '80@evil.example' }, '!01'],
  ])(
    'refuses a template where a value would choose the address (%s)',
    (_, command, facts, placeholder) => {
      for (const kind of ['open', 'get', 'post'] as const) {
        expect(expand(command, kind, facts)).toEqual({
          ok: false,
          error: { type: 'placeholder-in-address', placeholder },
        });
      }
    },
  );

  it.each([
    ['a javascript: template', 'javascript:alert(!01)', {}, 'javascript:'],
    ['a JavaScript: template in capitals', ' JAVASCRIPT:alert(!01)', {}, 'javascript:'],
    ['a scheme split by a tab', 'java\tscript:alert(!01)', {}, 'javascript:'],
    ['a data: template', 'data:text/html,!01', {}, 'data:'],
    ['a file: template', 'file:///etc/passwd?!01', {}, 'file:'],
    ['a relative URL', '/crm/pop?n=!01', {}, ''],
    ['a scheme-relative URL', '//evil.example/?n=!01', {}, ''],
    ['http with one slash', 'http:/evil.example/?n=!01', {}, 'http:'],
    ['a bare host', 'crm.example.com/?n=!01', {}, ''],
    ['a shell command', 'iexplore http://crm/?n=!01', {}, ''],
  ])('refuses %s', (_, command, facts, scheme) => {
    for (const kind of ['open', 'get', 'post'] as const) {
      expect(expand(command, kind, facts)).toEqual({
        ok: false,
        error: { type: 'not-http-url', scheme },
      });
    }
  });

  it('sends a POST with the values as JSON under their names', () => {
    const result = expand('https://crm.example.com/hook?c=!05', 'post');
    expect(result).toMatchObject({ ok: true, kind: 'post' });
    if (!result.ok) return;
    expect(result.text).toBe(`https://crm.example.com/hook?c=${encodeURIComponent(CALL_ID)}`);
    expect(JSON.parse(result.body ?? '')).toEqual(namedValues(values()));
  });

  it('carries a 10 kB caller name in the POST body, though not in its URL', () => {
    const remoteName = `"}\n${'é'.repeat(10_000)}`;
    const result = expand('https://crm.example.com/hook?n=!01', 'post', { remoteName });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(JSON.parse(result.body ?? '').display_name).toBe(remoteName);
  });

  it('gives a GET no body', () => {
    expect(expand('https://crm/?n=!01', 'get')).not.toHaveProperty('body');
  });
});

describe('expandRule for shell rules', () => {
  const shell = (command: string, facts: Partial<CallFacts> = {}) =>
    expand(command, 'shell', facts);

  it.each(['crm-log', ' crm.pop_2 ', 'A'])(
    'names the bridge rule %j, and nothing of the call',
    (id) => {
      expect(shell(id, { remoteName: '; rm -rf /', remoteNumber: '*1*' })).toEqual({
        ok: true,
        kind: 'shell',
        text: id.trim(),
      });
    },
  );

  it.each([
    ['a command line', 'crm.bat !01'],
    ['a placeholder', '!01'],
    ['shell syntax', 'log;reboot'],
    ['a path', 'c:\\crm\\ring.bat'],
    ['a leading dash', '-rf'],
    ['a long id', 'a'.repeat(65)],
  ])('refuses %s: the host holds the command, the app only names it', (_, command) => {
    expect(shell(command)).toEqual({ ok: false, error: { type: 'not-a-bridge-rule' } });
  });
});

describe('expandRule errors', () => {
  it.each(['', '   ', '\t\n'])('refuses the empty command %j', (command) => {
    expect(expand(command)).toEqual({ ok: false, error: { type: 'empty-command' } });
  });

  it.each([
    ['http://crm/?n=!{displayname}', '!{displayname}'],
    ['http://crm/?n=!{constructor}', '!{constructor}'],
    ['http://crm/?n=!{sip:bad header}', '!{sip:bad header}'],
    ['http://crm/?n=!{}', '!{}'],
    ['http://crm/?n=!{display_name', '!{display_name'],
    [`http://crm/?n=!{${'a'.repeat(200)}}`, `!{${'a'.repeat(38)}…`],
    ['http://crm/?n=!08', '!08'],
    ['http://crm/?n=!99', '!99'],
    ['http://crm/?n=! 99', '! 99'],
    ['http://crm/?a=!10&b=!01', '!10'],
  ])('refuses an unknown placeholder in %s', (command, name) => {
    for (const kind of ['open', 'get'] as const) {
      expect(expand(command, kind)).toEqual({
        ok: false,
        error: { type: 'unknown-placeholder', name },
      });
    }
  });

  it('refuses a result over the length cap', () => {
    const command = `http://crm/?${'n=!{display_name}&'.repeat(200)}`;
    const result = expand(command, 'open', { remoteName: '&'.repeat(10_000) });
    expect(result).toEqual({
      ok: false,
      error: {
        type: 'too-long',
        part: 'command',
        max: MAX_EXPANDED,
        placeholder: '!{display_name}',
      },
    });
  });

  it('refuses a 10 kB caller name in a URL rather than cutting it, naming it', () => {
    const result = expand('http://crm/?n=!{display_name}', 'get', {
      remoteName: 'x'.repeat(10_000),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { type: 'too-long', placeholder: '!{display_name}' },
    });
  });

  it('refuses a long template without a placeholder to blame', () => {
    const result = expand(`http://crm/?${'a'.repeat(MAX_EXPANDED)}`, 'get');
    expect(result).toEqual({
      ok: false,
      error: { type: 'too-long', part: 'command', max: MAX_EXPANDED },
    });
  });
});
