import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIntegraSettings } from '../../src/integra/checkSettings';
import { DEFAULT_INTEGRA_SETTINGS, newRule } from '../../src/integra/rule';

const good = {
  enabled: true,
  internalPattern: '^[0-9]{3}$',
  queueHeader: 'X-Queue',
  queueValue: 'sales',
  rules: [
    {
      id: 'crm',
      name: 'CRM pop',
      enabled: true,
      kind: 'open',
      command: 'https://crm.example.com/?n=!01&c=! 05&x=!{sip:X-Id}',
      onlyExternal: true,
      events: ['CALL_CLOSE', 'CALL_IN'],
    },
    { ...newRule('log'), kind: 'shell', command: 'call-log', events: ['CALL_BUSY'] },
  ],
};

/** `good` with one change at a path such as rules[0].kind; undefined deletes the field. */
function changed(path: string, value: unknown): unknown {
  const copy = structuredClone(good) as Record<string, unknown>;
  const keys = path.split(/[.[\]]+/).filter((k) => k !== '');
  const last = keys.pop() ?? '';
  let target = copy as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('checkIntegraSettings', () => {
  it('keeps good settings, events in the original order', () => {
    const result = checkIntegraSettings(good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.rules[0]?.events).toEqual(['CALL_IN', 'CALL_CLOSE']);
    expect(result.settings).toEqual({
      ...good,
      rules: [{ ...good.rules[0], events: ['CALL_IN', 'CALL_CLOSE'] }, good.rules[1]],
    });
  });

  it('round-trips the defaults and a new rule', () => {
    const settings = { ...DEFAULT_INTEGRA_SETTINGS, rules: [newRule('a')] };
    expect(checkIntegraSettings(JSON.parse(JSON.stringify(settings)))).toEqual({
      ok: true,
      settings,
    });
  });

  it('fills in what a hand-written file leaves out', () => {
    const result = checkIntegraSettings({ rules: [{ id: 'x', command: 'http://crm/?n=!01' }] });
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_INTEGRA_SETTINGS,
        rules: [{ ...newRule('x'), command: 'http://crm/?n=!01' }],
      },
    });
  });

  it('drops unknown fields and repeated events', () => {
    const input = {
      ...good,
      extra: 1,
      rules: [{ ...good.rules[0], evil: true, events: ['CALL_IN', 'CALL_IN'] }],
    };
    const result = checkIntegraSettings(input);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.settings).not.toHaveProperty('extra');
    expect(result.settings.rules[0]).not.toHaveProperty('evil');
    expect(result.settings.rules[0]?.events).toEqual(['CALL_IN']);
  });

  it.each([
    ['enabled', 'yes', 'enabled', 'not-a-boolean'],
    ['enabled', null, 'enabled', 'not-a-boolean'],
    ['internalPattern', 5, 'internalPattern', 'not-a-string'],
    ['internalPattern', '([0-9]', 'internalPattern', 'bad-pattern'],
    ['internalPattern', '(a+)+', 'internalPattern', 'slow-pattern'],
    ['internalPattern', '1'.repeat(201), 'internalPattern', 'too-long'],
    ['queueHeader', 'X Queue', 'queueHeader', 'not-a-header-name'],
    ['queueHeader', 'X-Queue:', 'queueHeader', 'not-a-header-name'],
    ['queueHeader', 'x'.repeat(65), 'queueHeader', 'too-long'],
    ['queueValue', 'a\nb', 'queueValue', 'control-characters'],
    ['queueValue', 'x'.repeat(201), 'queueValue', 'too-long'],
    ['rules', {}, 'rules', 'not-a-list'],
    ['rules', Array.from({ length: 51 }, (_, i) => newRule(`r${i}`)), 'rules', 'too-many'],
    ['rules[1]', 'rule', 'rules[1]', 'not-an-object'],
    ['rules[1]', null, 'rules[1]', 'not-an-object'],
    ['rules[1]', [], 'rules[1]', 'not-an-object'],
    ['rules[1].id', undefined, 'rules[1].id', 'missing'],
    ['rules[1].id', ' ', 'rules[1].id', 'empty'],
    ['rules[1].id', 7, 'rules[1].id', 'not-a-string'],
    ['rules[1].id', 'crm', 'rules[1].id', 'duplicate'],
    ['rules[0].name', 'n'.repeat(101), 'rules[0].name', 'too-long'],
    ['rules[0].name', 'a\u0000b', 'rules[0].name', 'control-characters'],
    ['rules[0].enabled', 1, 'rules[0].enabled', 'not-a-boolean'],
    ['rules[0].kind', 'exec', 'rules[0].kind', 'unknown-kind'],
    ['rules[0].kind', null, 'rules[0].kind', 'unknown-kind'],
    ['rules[0].kind', 'constructor', 'rules[0].kind', 'unknown-kind'],
    ['rules[0].command', 'c'.repeat(4001), 'rules[0].command', 'too-long'],
    ['rules[0].command', 'calc\r\nformat', 'rules[0].command', 'control-characters'],
    ['rules[0].command', ['x'], 'rules[0].command', 'not-a-string'],
    ['rules[0].onlyExternal', 'true', 'rules[0].onlyExternal', 'not-a-boolean'],
    ['rules[0].events', 'CALL_IN', 'rules[0].events', 'not-a-list'],
    ['rules[0].events', ['CALL_IN', 'CALL_RING'], 'rules[0].events[1]', 'unknown-event'],
    ['rules[0].events', ['call_in'], 'rules[0].events[0]', 'unknown-event'],
    ['rules[0].events', Array(20).fill('CALL_IN'), 'rules[0].events', 'too-many'],
  ])('refuses %s = %j as %s %s', (path, value, field, problem) => {
    expect(checkIntegraSettings(changed(path, value))).toEqual({ ok: false, field, problem });
  });

  it.each([
    ['http://crm/?n=!{nmae}', '!{nmae}'],
    ['http://crm/?n=!{nope}', '!{nope}'],
    ['http://crm/?n=!08', '!08'],
    ['http://crm/?n=!99', '!99'],
    ['http://crm/?n=! 99', '! 99'],
    ['http://crm/?n=!{display_name', '!{display_name'],
  ])('refuses the command %j, naming the placeholder %j', (command, detail) => {
    for (const kind of ['open', 'get', 'post']) {
      const input = changed('rules[0]', { ...good.rules[0], kind, command });
      expect(checkIntegraSettings(input)).toEqual({
        ok: false,
        field: 'rules[0].command',
        problem: 'unknown-placeholder',
        detail,
      });
    }
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(!01)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd?!01',
    '//evil.example/',
    'http:/x',
    'http:///evil.example/',
    'ftp://crm.example/?n=!01',
    'crm.example/?n=!01',
    'http://crm example/',
  ])('refuses %j in rule 2 of every URL kind as not an http address', (command) => {
    for (const kind of ['open', 'get', 'post']) {
      const input = changed('rules[1]', { ...good.rules[1], kind, command });
      expect(checkIntegraSettings(input)).toEqual({
        ok: false,
        field: 'rules[1].command',
        problem: 'not-http-url',
      });
    }
  });

  it.each([
    ['!01', '!01'],
    ['http!01', '!01'],
    ['http://!01/', '!01'],
    ['https://crm.example.com!{sip:x-host}/', '!{sip:x-host}'],
    ['http://crm.example.com:!01/', '!01'],
  ])('refuses %j, whose scheme or server a caller would choose', (command, detail) => {
    for (const kind of ['open', 'get', 'post']) {
      const input = changed('rules[0]', { ...good.rules[0], kind, command });
      expect(checkIntegraSettings(input)).toEqual({
        ok: false,
        field: 'rules[0].command',
        problem: 'placeholder-in-address',
        detail,
      });
    }
  });

  it.each([
    ['shell', 'crm-log'],
    ['shell', ' crm.pop_2 '],
    ['open', ''],
    ['get', '   '],
    ['open', 'https://crm.example.com/?q=Hi!&n=!!01&x=!x'],
    ['post', 'HTTPS://CRM.EXAMPLE.COM'],
  ])('accepts a %s rule with the command %j', (kind, command) => {
    const input = changed('rules[0]', { ...good.rules[0], kind, command });
    expect(checkIntegraSettings(input)).toMatchObject({ ok: true });
  });

  it.each(['notify !01', 'javascript:alert(1)', 'log bat', 'a;b', '-x', 'a'.repeat(65)])(
    'refuses the shell rule command %j: it names a rule of the bridge host, not a command',
    (command) => {
      const input = changed('rules[0]', { ...good.rules[0], kind: 'shell', command });
      expect(checkIntegraSettings(input)).toEqual({
        ok: false,
        field: 'rules[0].command',
        problem: 'not-a-bridge-rule',
      });
    },
  );

  it.each([null, undefined, 42, 'settings', [], [good]])('refuses %j as a whole', (input) => {
    expect(checkIntegraSettings(input)).toEqual({ ok: false, field: '', problem: 'not-an-object' });
  });

  it('does not read inherited fields', () => {
    const input = Object.create({ enabled: true, rules: 'x' });
    expect(checkIntegraSettings(input)).toEqual({ ok: true, settings: DEFAULT_INTEGRA_SETTINGS });
  });

  it('survives a getter that throws', () => {
    const input = {
      get rules(): unknown {
        throw new Error('boom');
      },
    };
    expect(checkIntegraSettings(input)).toMatchObject({ ok: false });
  });

  it('never throws on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(() => checkIntegraSettings(input)).not.toThrow();
      }),
    );
  });

  it('never throws on rule-shaped junk', () => {
    const junk = fc.record(
      { id: fc.anything(), kind: fc.anything(), events: fc.anything(), command: fc.anything() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 5 }), (rules) => {
        expect(() => checkIntegraSettings({ rules })).not.toThrow();
      }),
    );
  });
});
