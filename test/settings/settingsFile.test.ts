// The settings file: export, round trip, and every kind of bad file named by its field.
import { describe, expect, it } from 'vitest';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { DEFAULT_INTEGRA_SETTINGS, newRule } from '../../src/integra/rule';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import type { Account } from '../../src/phone/sipPort';
import { parseSettingsFile } from '../../src/settings/parseSettingsFile';
import type { CheckContext, SettingsValues } from '../../src/settings/partTypes';
import { exportSettings, FILE_FORMAT, MAX_FILE_SIZE } from '../../src/settings/settingsFile';

const ACCOUNT: Account = {
  sipAddress: '201@pbx.example',
  authorizationUser: '',
  password: 'secret',
  extension: '201',
  displayName: 'Reception',
  url: 'wss://pbx.example:8089/ws',
  url2: '',
  iceServers: ['stun:stun.example:3478'],
};

const VALUES: SettingsValues = {
  account: ACCOUNT,
  integra: { ...DEFAULT_INTEGRA_SETTINGS, enabled: true, rules: [newRule('r1')] },
  shortcuts: defaultBindings(),
  dialPlan: { ...DEFAULT_DIAL_PLAN, outsideLinePrefix: '0' },
  devices: { ringtone: 'speaker-1', callAudio: '', microphone: 'headset-mic' },
  callerNames: { lookupUrl: '', lookupTimeoutMs: 2000 },
  colleagues: { watched: ['101'], pickupPrefix: '', voicemailNumber: '*97' },
  autoAnswer: { mode: 'always', delaySeconds: 5 },
  recording: { automatic: true },
  ringtone: { ringtone: 'trill', volume: 70 },
};

const HERE: CheckContext = { current: { account: ACCOUNT }, pageIsSecure: false };
const EMPTY: CheckContext = { current: {}, pageIsSecure: false };
const AT = '2026-12-01T05:00:00.000Z';

function file(parts: Record<string, unknown>): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, exportedAt: AT, ...parts });
}

describe('exportSettings', () => {
  it('leaves the password out unless asked, and round-trips every part', async () => {
    const without = JSON.parse(exportSettings(VALUES, { includePassword: false, exportedAt: AT }));
    expect(without).toMatchObject({ format: FILE_FORMAT, version: 1, exportedAt: AT });
    expect(without.account).not.toHaveProperty('password');
    expect(without.account.sipAddress).toBe('201@pbx.example');
    const withIt = exportSettings(VALUES, { includePassword: true, exportedAt: AT });
    expect(JSON.parse(withIt).account.password).toBe('secret');
    expect(await parseSettingsFile(withIt, EMPTY)).toEqual({ ok: true, settings: VALUES });
  });

  it('round-trips an account that sends DTMF by RFC 4733', async () => {
    const values = { ...VALUES, account: { ...ACCOUNT, dtmf: 'rfc4733' as const } };
    const text = exportSettings(values, { includePassword: true, exportedAt: AT });
    expect(JSON.parse(text).account.dtmf).toBe('rfc4733');
    expect(await parseSettingsFile(text, EMPTY)).toEqual({ ok: true, settings: values });
  });

  it('leaves out parts that are not set (no account yet)', () => {
    const text = exportSettings(
      { dialPlan: DEFAULT_DIAL_PLAN },
      { includePassword: true, exportedAt: AT },
    );
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'exportedAt', 'dialPlan']);
  });
});

describe('parseSettingsFile: an account without its password', () => {
  const text = exportSettings(VALUES, { includePassword: false, exportedAt: AT });

  it('keeps the current password for the same SIP address and URL', async () => {
    const parsed = await parseSettingsFile(text, HERE);
    expect(parsed.ok && parsed.settings.account?.password).toBe('secret');
  });

  it.each([
    ['no account here', EMPTY],
    [
      'another SIP address',
      { ...HERE, current: { account: { ...ACCOUNT, sipAddress: '202@pbx.example' } } },
    ],
    [
      'another PBX URL',
      { ...HERE, current: { account: { ...ACCOUNT, url: 'wss://other.example/ws' } } },
    ],
  ])('is refused with %s', async (_, context) => {
    expect(await parseSettingsFile(text, context)).toEqual({
      ok: false,
      field: 'account.password',
      problem: 'no-password',
    });
  });
});

describe('parseSettingsFile: bad files change nothing and name the field', () => {
  const rules = (rule: Record<string, unknown>) => ({
    rules: [newRule('a'), newRule('b'), { ...newRule('c'), ...rule }],
  });
  it.each<[string, string, string, string]>([
    ['too big', ' '.repeat(MAX_FILE_SIZE + 1), '', 'too-big'],
    ['not JSON', '{"format":', '', 'not-json'],
    ['a list', '[]', '', 'not-a-settings-file'],
    ['no format', JSON.stringify({ version: 1, dialPlan: {} }), 'format', 'wrong-format'],
    ['another format', file({ format: 'other' }), 'format', 'wrong-format'],
    ['a newer version', file({ version: 2 }), 'version', 'wrong-version'],
    ['the version as text', file({ version: '1' }), 'version', 'wrong-version'],
    [
      'a date that is not text',
      file({ exportedAt: 5, dialPlan: {} }),
      'exportedAt',
      'not-a-string',
    ],
    ['no settings', file({}), '', 'no-sections'],
    ['an unknown part', file({ dialPlan: {}, passwords: {} }), 'passwords', 'unknown-section'],
    ['__proto__ at the top', '{"__proto__":{"x":1}}', '__proto__', 'forbidden-key'],
    [
      'constructor deep down',
      file({ integra: rules({ constructor: 1 }) }),
      'integra.rules[2].constructor',
      'forbidden-key',
    ],
    [
      '__proto__ in a part',
      `{"format":"${FILE_FORMAT}","version":1,"dialPlan":{"__proto__":{}}}`,
      'dialPlan.__proto__',
      'forbidden-key',
    ],
    [
      'deep nesting',
      file({ integra: JSON.parse(`${'['.repeat(20)}${']'.repeat(20)}`) }),
      'integra[0][0][0][0][0][0][0][0][0][0]',
      'too-deep',
    ],
    [
      'a bad rule command',
      file({ integra: rules({ command: 'https://crm/?n=!{nope}' }) }),
      'integra.rules[2].command',
      'unknown-placeholder',
    ],
    [
      'a rule kind',
      file({ integra: rules({ kind: 'exec' }) }),
      'integra.rules[2].kind',
      'unknown-kind',
    ],
    ['integra as a list', file({ integra: [] }), 'integra', 'not-an-object'],
    [
      'a bad SIP address',
      file({ account: { ...ACCOUNT, sipAddress: 'nobody' } }),
      'account.sipAddress',
      'sipAddress',
    ],
    ['an http URL', file({ account: { ...ACCOUNT, url: 'http://pbx' } }), 'account.url', 'url'],
    [
      'a number as password',
      file({ account: { ...ACCOUNT, password: 42 } }),
      'account.password',
      'not-a-string',
    ],
    [
      'an empty password',
      file({ account: { ...ACCOUNT, password: '' } }),
      'account.password',
      'password',
    ],
    [
      'a bad HA1',
      file({ account: { ...ACCOUNT, passwordIsHa1: true } }),
      'account.password',
      'ha1',
    ],
    [
      'HA1 as text',
      file({ account: { ...ACCOUNT, passwordIsHa1: 'yes' } }),
      'account.passwordIsHa1',
      'not-a-boolean',
    ],
    [
      'other domains as text',
      file({ account: { ...ACCOUNT, otherDomains: 'yes' } }),
      'account.otherDomains',
      'not-a-boolean',
    ],
    [
      'an unknown DTMF method',
      file({ account: { ...ACCOUNT, dtmf: 'RFC2833' } }),
      'account.dtmf',
      'dtmf',
    ],
    [
      'a DTMF method as a number',
      file({ account: { ...ACCOUNT, dtmf: 4733 } }),
      'account.dtmf',
      'not-a-string',
    ],
    [
      'a line break in the name',
      file({ account: { ...ACCOUNT, displayName: 'a\r\nVia: x' } }),
      'account.displayName',
      'control-characters',
    ],
    [
      'ICE servers as text',
      file({ account: { ...ACCOUNT, iceServers: 'stun:x' } }),
      'account.iceServers',
      'not-a-list',
    ],
    [
      'ICE servers as null',
      file({ account: { ...ACCOUNT, iceServers: null } }),
      'account.iceServers',
      'not-a-list',
    ],
    [
      'a bad ICE server',
      file({ account: { ...ACCOUNT, iceServers: ['stun:a', 7] } }),
      'account.iceServers[1]',
      'not-a-string',
    ],
    [
      'relay only as text',
      file({ account: { ...ACCOUNT, relayOnly: 'yes' } }),
      'account.relayOnly',
      'not-a-boolean',
    ],
    [
      'relay only without a TURN server',
      file({ account: { ...ACCOUNT, relayOnly: true } }),
      'account.relayOnly',
      'relayOnly',
    ],
    [
      'a reconnect limit as text',
      file({ account: { ...ACCOUNT, reconnectLimit: '60' } }),
      'account.reconnectLimit',
      'reconnectLimit',
    ],
    [
      'a reconnect limit of a second',
      file({ account: { ...ACCOUNT, reconnectLimit: 1 } }),
      'account.reconnectLimit',
      'reconnectLimit',
    ],
    [
      'a huge field',
      file({ account: { ...ACCOUNT, displayName: 'x'.repeat(5000) } }),
      'account.displayName',
      'too-long',
    ],
    [
      'an unparsable shortcut',
      file({ shortcuts: { hangUp: 'Alt+Shift+' } }),
      'shortcuts.hangUp',
      'keys-unparsable',
    ],
    [
      'a browser shortcut',
      file({ shortcuts: { mute: 'Ctrl+W' } }),
      'shortcuts.mute',
      'keys-reserved',
    ],
    ['a bad country', file({ dialPlan: { country: 'XX' } }), 'dialPlan.country', 'unknown-country'],
    [
      'letters as prefix',
      file({ dialPlan: { outsideLinePrefix: 'nine' } }),
      'dialPlan.outsideLinePrefix',
      'bad-outside-line-prefix',
    ],
    [
      'no international prefix',
      file({ dialPlan: { internationalPrefix: '' } }),
      'dialPlan.internationalPrefix',
      'bad-international-prefix',
    ],
    [
      'a device id that is not text',
      file({ devices: { microphone: 7 } }),
      'devices.microphone',
      'not-a-string',
    ],
    ['devices as a list', file({ devices: [] }), 'devices', 'not-an-object'],
  ])('%s', async (_, text, field, problem) => {
    expect(await parseSettingsFile(text, HERE)).toMatchObject({ ok: false, field, problem });
  });

  it.each<[string, string, string]>([
    ['https://crm/?n=!{nope}', 'unknown-placeholder', '!{nope}'],
    ['http://crm.example/?n=!99', 'unknown-placeholder', '!99'],
    ['http://crm.example/?n=! 99', 'unknown-placeholder', '! 99'],
    ['http://crm.example/?n=!08', 'unknown-placeholder', '!08'],
    ['!01', 'placeholder-in-address', '!01'],
    ['http!01', 'placeholder-in-address', '!01'],
    ['https://!{sip:x-host}/pop', 'placeholder-in-address', '!{sip:x-host}'],
  ])('refuses the rule command %j as %s, naming %j', async (command, problem, detail) => {
    const text = file({ integra: rules({ command }) });
    expect(await parseSettingsFile(text, HERE)).toEqual({
      ok: false,
      field: 'integra.rules[2].command',
      problem,
      detail,
    });
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd?!01',
    '//evil.example/',
    'http:/x',
  ])('refuses the rule command %j of every URL kind as not an http address', async (command) => {
    for (const kind of ['open', 'get', 'post']) {
      const text = file({ integra: rules({ kind, command }) });
      expect(await parseSettingsFile(text, HERE)).toEqual({
        ok: false,
        field: 'integra.rules[2].command',
        problem: 'not-http-url',
      });
    }
  });

  it('says which shortcut already uses the keys', async () => {
    const text = file({ shortcuts: { answer: 'Alt+Shift+D' } });
    expect(await parseSettingsFile(text, HERE)).toEqual({
      ok: false,
      field: 'shortcuts.answer',
      problem: 'keys-conflict',
      with: 'shortcuts.dialSelection',
    });
  });

  it('an https page refuses a ws:// account before anything is saved', async () => {
    const text = file({ account: { ...ACCOUNT, url: 'ws://pbx.example:8088/ws' } });
    expect(await parseSettingsFile(text, { ...HERE, pageIsSecure: true })).toMatchObject({
      field: 'account.url',
      problem: 'insecureUrl',
    });
  });

  it('reports the first bad part in file order and shows hostile keys short and on one line', async () => {
    const both = file({ account: { ...ACCOUNT, url: '' }, dialPlan: { country: 'XX' } });
    expect(await parseSettingsFile(both, HERE)).toMatchObject({ field: 'account.url' });
    const key = `bad\n${'k'.repeat(100)}`;
    const parsed = await parseSettingsFile(file({ [key]: 1 }), HERE);
    expect(parsed).toMatchObject({ field: `bad?${'k'.repeat(36)}…`, problem: 'unknown-section' });
  });

  it('accepts a byte order mark and keeps defaults for parts left out of a section', async () => {
    const parsed = await parseSettingsFile(`\uFEFF${file({ dialPlan: { country: 'de' } })}`, HERE);
    expect(parsed).toEqual({
      ok: true,
      settings: { dialPlan: { ...DEFAULT_DIAL_PLAN, country: 'DE' } },
    });
  });
});
