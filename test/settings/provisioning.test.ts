// The administrator's config.json: a good file in every field, and every kind of bad file refused
// with the field at fault, checked as an imported settings file is.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTEGRA_SETTINGS } from '../../src/integra/rule';
import type { CheckContext } from '../../src/settings/partTypes';
import {
  checkProvisioning,
  MAX_PROVISIONING_SIZE,
  readProvisioning,
} from '../../src/settings/provisioning';

const PLAIN: CheckContext = { current: {}, pageIsSecure: false };
const SECURE: CheckContext = { current: {}, pageIsSecure: true };

const GOOD = {
  v: 1,
  account: {
    pbxUrl: ' wss://pbx.example.com:8089/ws ',
    pbxUrl2: 'wss://pbx2.example.com:8089/ws',
    sipDomain: 'example.com',
    iceServers: 'stun:stun.example.com:3478\nturn:turn.example.com:3478',
  },
  integra: { enabled: true, rules: [{ id: 'crm', kind: 'open', command: 'https://crm/?n=!01' }] },
  dialPlan: { country: 'IT', outsideLinePrefix: '0' },
  locked: ['account.pbxUrl', 'account.iceServers', 'integra', 'dialPlan'],
};

const withAccount = (account: Record<string, unknown>) => ({ v: 1, account });

describe('checkProvisioning', () => {
  it('takes a full file, its URLs trimmed and its servers as a list', async () => {
    const checked = await checkProvisioning(GOOD, SECURE);
    expect(checked).toMatchObject({
      ok: true,
      value: {
        account: {
          pbxUrl: 'wss://pbx.example.com:8089/ws',
          pbxUrl2: 'wss://pbx2.example.com:8089/ws',
          sipDomain: 'example.com',
          iceServers: ['stun:stun.example.com:3478', 'turn:turn.example.com:3478'],
        },
        integra: { enabled: true, rules: [{ id: 'crm', kind: 'open' }] },
        dialPlan: { country: 'IT', outsideLinePrefix: '0' },
        locked: GOOD.locked,
      },
    });
  });

  it('takes a file with the version only, and servers given as a list', async () => {
    expect(await checkProvisioning({ v: 1 }, PLAIN)).toEqual({
      ok: true,
      value: { account: {}, locked: [] },
    });
    const list = await checkProvisioning(withAccount({ iceServers: ['stun:a.example'] }), PLAIN);
    expect(list).toMatchObject({
      ok: true,
      value: { account: { iceServers: ['stun:a.example'] } },
    });
  });

  it('fills what an Integra part leaves out with the defaults, as an import does', async () => {
    const checked = await checkProvisioning({ v: 1, integra: { enabled: true } }, PLAIN);
    expect(checked).toMatchObject({
      ok: true,
      value: { integra: { ...DEFAULT_INTEGRA_SETTINGS, enabled: true } },
    });
  });

  it.each([
    ['not an object', [], '', 'not-an-object'],
    ['no version', { account: {} }, 'v', 'wrong-version'],
    ['another version', { v: 2 }, 'v', 'wrong-version'],
    ['an unknown field', { v: 1, pbx: 'x' }, 'pbx', 'unknown-field'],
    [
      'an unknown account field',
      withAccount({ password: 'x' }),
      'account.password',
      'unknown-field',
    ],
    ['a forbidden key', JSON.parse('{"v":1,"__proto__":{}}'), '__proto__', 'forbidden-key'],
    ['an account that is a list', { v: 1, account: [] }, 'account', 'not-an-object'],
    ['a URL that is a number', withAccount({ pbxUrl: 8089 }), 'account.pbxUrl', 'not-a-string'],
    ['an http URL', withAccount({ pbxUrl: 'http://pbx.example.com' }), 'account.pbxUrl', 'url'],
    ['a javascript: URL', withAccount({ pbxUrl: 'javascript:alert(1)' }), 'account.pbxUrl', 'url'],
    ['an empty URL', withAccount({ pbxUrl: '' }), 'account.pbxUrl', 'url'],
    ['a bad second URL', withAccount({ pbxUrl2: 'ftp://x' }), 'account.pbxUrl2', 'url2'],
    [
      'a URL with a line break',
      withAccount({ pbxUrl: 'wss://pbx.example.com/\nws' }),
      'account.pbxUrl',
      'control-characters',
    ],
    [
      'a domain with a space',
      withAccount({ sipDomain: 'a b' }),
      'account.sipDomain',
      'bad-sip-domain',
    ],
    [
      'a domain with a user',
      withAccount({ sipDomain: 'x@y' }),
      'account.sipDomain',
      'bad-sip-domain',
    ],
    [
      'an http ICE server',
      withAccount({ iceServers: 'http://x' }),
      'account.iceServers',
      'iceServers',
    ],
    ['ICE servers as a number', withAccount({ iceServers: 3 }), 'account.iceServers', 'not-a-list'],
    [
      'an ICE server that is a number',
      withAccount({ iceServers: [3] }),
      'account.iceServers[0]',
      'not-a-string',
    ],
    [
      'an Integra rule with an unknown kind',
      { v: 1, integra: { rules: [{ id: 'a', kind: 'exec', command: 'x' }] } },
      'integra.rules[0].kind',
      'unknown-kind',
    ],
    [
      'an unknown country',
      { v: 1, dialPlan: { country: 'XX' } },
      'dialPlan.country',
      'unknown-country',
    ],
    ['locked not a list', { v: 1, locked: 'integra' }, 'locked', 'not-a-list'],
    ['an unknown lock', { v: 1, locked: ['account.password'] }, 'locked[0]', 'unknown-lock'],
    ['a lock twice', { ...GOOD, locked: ['integra', 'integra'] }, 'locked[1]', 'duplicate'],
    [
      'a lock of a missing value',
      { v: 1, locked: ['account.pbxUrl'] },
      'locked[0]',
      'locked-not-given',
    ],
    ['a lock of a missing part', { v: 1, locked: ['dialPlan'] }, 'locked[0]', 'locked-not-given'],
  ])('refuses %s, naming the field', async (_what, input, field, problem) => {
    expect(await checkProvisioning(input, PLAIN)).toMatchObject({ ok: false, field, problem });
  });

  it('refuses a ws:// PBX URL on an https page, as the account form does', async () => {
    const file = withAccount({ pbxUrl: 'ws://pbx.example.com:8088' });
    expect(await checkProvisioning(file, PLAIN)).toMatchObject({ ok: true });
    expect(await checkProvisioning(file, SECURE)).toMatchObject({
      ok: false,
      field: 'account.pbxUrl',
      problem: 'insecureUrl',
    });
  });

  it('says what a bad lock names, shortened and on one line', async () => {
    const checked = await checkProvisioning({ v: 1, locked: [`x\n${'y'.repeat(100)}`] }, PLAIN);
    expect(checked).toMatchObject({ ok: false, problem: 'unknown-lock' });
    const detail = checked.ok ? '' : (checked.detail ?? '');
    expect(detail).not.toContain('\n');
    expect(detail.length).toBeLessThanOrEqual(41);
  });

  it('refuses a file nested too deeply', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = { a: deep };
    expect(await checkProvisioning({ v: 1, integra: deep }, PLAIN)).toMatchObject({
      ok: false,
      problem: 'too-deep',
    });
  });
});

describe('readProvisioning', () => {
  it('reads a file with a byte order mark', async () => {
    expect(await readProvisioning(`\uFEFF${JSON.stringify(GOOD)}`, PLAIN)).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['not JSON', '{"v": 1,', 'not-json'],
    ['an empty file', '', 'not-json'],
    [
      'a file over 64 kB',
      JSON.stringify({ v: 1, pad: 'x'.repeat(MAX_PROVISIONING_SIZE) }),
      'config-too-big',
    ],
    ['a bare string', '"wss://pbx"', 'not-an-object'],
  ])('refuses %s as a whole file', async (_what, text, problem) => {
    expect(await readProvisioning(text, PLAIN)).toMatchObject({ ok: false, field: '', problem });
  });
});

describe('the documented examples', () => {
  const examples = (path: string) => {
    const text = readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
    return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  };

  it.each(['README.md', 'docs/provisioning.md'])('in %s are good files', async (path) => {
    const found = examples(path).filter((json) => json.includes('"locked"'));
    expect(found.length).toBeGreaterThan(0);
    for (const json of found) {
      expect(await readProvisioning(json, SECURE)).toMatchObject({ ok: true });
    }
  });
});
