// The settings service with the real storage (fake-indexeddb) and stores: one read at load, what
// waits for a live call, failed writes that change nothing, after-change edges, and imports that
// write every part in one transaction, so a failure anywhere leaves every part as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { type CallStatus, newCall } from '../../src/phone/callLine';
import { DEFAULT_DEVICES } from '../../src/phone/media/devices';
import type { Account } from '../../src/phone/sipPort';
import { FILE_FORMAT } from '../../src/settings/settingsFile';
import { createSettings } from '../../src/settings/settingsService';
import { closeDatabase, database } from '../../src/storage/db';
import { loadSetting, saveSettings } from '../../src/storage/settings';
import { useDeviceStore } from '../../src/store/deviceStore';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { useIntegraStore } from '../../src/store/integraStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { facts } from '../phone/fakeSip';
import { breakDatabase } from '../storage/brokenDatabase';
import { freshDatabase } from '../storage/freshDatabase';
import { ACCOUNT, INTEGRA } from './fixtures';

const NEW_ACCOUNT = { ...ACCOUNT, sipAddress: '305@pbx2.example', password: 'new-secret' };
const FILE = {
  account: NEW_ACCOUNT,
  integra: { enabled: true, rules: [{ id: 'crm', kind: 'open', command: 'https://crm/?n=!01' }] },
  shortcuts: { answer: 'Alt+Shift+J' },
  dialPlan: { country: 'DE', outsideLinePrefix: '0' },
};

const phoneInitial = usePhoneStore.getState();
beforeEach(async () => {
  await freshDatabase();
  usePhoneStore.setState({ ...phoneInitial, account: ACCOUNT }, true);
  useIntegraStore.setState({ settings: INTEGRA });
  useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN } });
  useShortcutStore.setState({ bindings: defaultBindings() });
  useDeviceStore.setState({ choice: DEFAULT_DEVICES });
  await saveSettings([
    ['account', ACCOUNT],
    ['integra', INTEGRA],
    ['dialPlan', DEFAULT_DIAL_PLAN],
  ]);
});
afterEach(() => vi.restoreAllMocks());

function setup() {
  const afterChange = { account: vi.fn<(account: Account) => void>(), devices: vi.fn() };
  return { afterChange, settings: createSettings({ pageIsSecure: true, afterChange }) };
}
const file = (parts: Record<string, unknown>) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, ...parts });
const withCall = (status: CallStatus) =>
  usePhoneStore.setState({ calls: [newCall(facts(), status, 1)] });

async function expectUnchanged() {
  expect(await loadSetting('integra')).toEqual(INTEGRA);
  expect(await loadSetting('dialPlan')).toEqual(DEFAULT_DIAL_PLAN);
  expect(await loadSetting('shortcuts')).toBeUndefined();
  expect(await loadSetting('account')).toEqual(ACCOUNT);
  expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
  expect(useIntegraStore.getState().settings).toEqual(INTEGRA);
  expect(useDialPlanStore.getState().plan).toEqual(DEFAULT_DIAL_PLAN);
  expect(useShortcutStore.getState().bindings).toEqual(defaultBindings());
}

describe('load', () => {
  it('reads every part in one transaction, and only shows: nothing registers', async () => {
    const db = await database();
    const transaction = vi.spyOn(Object.getPrototypeOf(db), 'transaction');
    const { settings, afterChange } = setup();
    usePhoneStore.setState({ account: undefined });
    await (await settings.load()).rest;
    expect(transaction).toHaveBeenCalledOnce();
    expect(transaction).toHaveBeenCalledWith('settings', 'readonly');
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
    expect(afterChange.account).not.toHaveBeenCalled();
    expect(afterChange.devices).not.toHaveBeenCalled();
  });
});

describe('save', () => {
  it('stores and shows the checked value, then runs its after-change edge', async () => {
    const { settings, afterChange } = setup();
    const saved = await settings.save('account', { ...NEW_ACCOUNT, displayName: ' Front ' });
    const account = { ...NEW_ACCOUNT, displayName: 'Front' };
    expect(saved).toEqual({ ok: true, value: account });
    expect(await loadSetting('account')).toEqual(account);
    expect(usePhoneStore.getState().account).toEqual(account);
    expect(afterChange.account).toHaveBeenCalledWith(account);
  });

  it.each(['incoming', 'calling', 'active'] as const)(
    'refuses the account while a call is %s, but not Integra',
    async (status) => {
      withCall(status);
      const { settings, afterChange } = setup();
      const accepted = vi.fn();
      expect(await settings.save('account', NEW_ACCOUNT, { accepted })).toEqual({
        ok: false,
        refused: 'call-live',
      });
      expect(accepted).not.toHaveBeenCalled();
      expect(afterChange.account).not.toHaveBeenCalled();
      await expectUnchanged();
      const integra = { ...INTEGRA, enabled: true };
      expect(await settings.save('integra', integra)).toMatchObject({ ok: true });
      expect(await loadSetting('integra')).toEqual(integra);
    },
  );

  it('lets the account change once the call ended', async () => {
    withCall('ended');
    expect(await setup().settings.save('account', NEW_ACCOUNT)).toMatchObject({ ok: true });
  });

  it.each([
    ['account', NEW_ACCOUNT],
    ['integra', { ...INTEGRA, enabled: true }],
    ['shortcuts', { answer: 'Alt+Shift+J' }],
    ['dialPlan', { country: 'DE' }],
    ['devices', { ...DEFAULT_DEVICES, microphone: 'headset' }],
  ] as const)(
    'answers a failed %s write with the reason, and changes no store',
    async (key, draft) => {
      const { settings, afterChange } = setup();
      const before = settings.current();
      await breakDatabase();
      expect(await settings.save(key, draft)).toEqual({
        ok: false,
        refused: 'not-saved',
        reason: expect.stringMatching(/.+/),
      });
      expect(settings.current()).toEqual(before);
      expect(afterChange.account).not.toHaveBeenCalled();
      expect(afterChange.devices).not.toHaveBeenCalled();
      await closeDatabase();
      await expectUnchanged();
    },
  );

  it('tells an accepted draft before the write, inside the call that saved', () => {
    const accepted = vi.fn();
    void setup().settings.save('account', NEW_ACCOUNT, { accepted });
    expect(accepted).toHaveBeenCalledWith(NEW_ACCOUNT);
  });

  it('lets the newest of two quick saves of a part show, and stores it last', async () => {
    const { settings, afterChange } = setup();
    const first = { ...DEFAULT_DEVICES, ringtone: 'speaker' };
    const second = { ...first, callAudio: 'headset' };
    const shown: unknown[] = [];
    const stop = useDeviceStore.subscribe((s) => shown.push(s.choice));
    await Promise.all([settings.save('devices', first), settings.save('devices', second)]);
    stop();
    expect(shown).toEqual([second]);
    expect(afterChange.devices).toHaveBeenCalledOnce();
    expect(await loadSetting('devices')).toEqual(second);
  });
});

describe('importFile', () => {
  it('stores every part with the account, then registers it, last', async () => {
    const { settings, afterChange } = setup();
    afterChange.account.mockImplementation(() => {
      expect(useDialPlanStore.getState().plan.country).toBe('DE');
    });
    expect(await settings.importFile(file(FILE))).toMatchObject({ ok: true });
    expect(await loadSetting('account')).toEqual(NEW_ACCOUNT);
    expect(await loadSetting('shortcuts')).toMatchObject({ answer: 'Alt+Shift+J' });
    expect(useDialPlanStore.getState().plan.country).toBe('DE');
    expect(afterChange.account).toHaveBeenCalledWith(NEW_ACCOUNT);
  });

  it('refuses a bad file naming the field, and changes nothing', async () => {
    const { settings } = setup();
    const bad = { ...FILE, dialPlan: { country: 'XX' } };
    expect(await settings.importFile(file(bad))).toEqual({
      ok: false,
      refused: 'invalid',
      error: { ok: false, field: 'dialPlan.country', problem: 'unknown-country' },
    });
    await expectUnchanged();
  });

  it('leaves every part as it was when a write fails inside the transaction', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The browser refuses one record (as a full quota would) after the others were queued.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (key === 'dialPlan') throw new DOMException('quota exceeded', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const { settings, afterChange } = setup();
    expect(await settings.importFile(file(FILE))).toMatchObject({
      ok: false,
      refused: 'not-saved',
    });
    vi.restoreAllMocks();
    await expectUnchanged();
    expect(afterChange.account).not.toHaveBeenCalled();
  });

  it('leaves every part as it was when the database is closed', async () => {
    await breakDatabase();
    const { settings, afterChange } = setup();
    expect(await settings.importFile(file(FILE))).toMatchObject({
      ok: false,
      refused: 'not-saved',
    });
    // Forget the closed connection, so the stored parts can be read back.
    await closeDatabase();
    await expectUnchanged();
    expect(afterChange.account).not.toHaveBeenCalled();
  });

  describe('during a call', () => {
    beforeEach(() => withCall('active'));

    it('refuses a new account and changes nothing', async () => {
      const { settings, afterChange } = setup();
      expect(await settings.importFile(file(FILE))).toEqual({ ok: false, refused: 'call-live' });
      await expectUnchanged();
      expect(afterChange.account).not.toHaveBeenCalled();
    });

    it('takes the other parts, and the same account, which is left alone', async () => {
      const { settings, afterChange } = setup();
      const { account: _, ...others } = FILE;
      const imported = await settings.importFile(file({ ...others, account: ACCOUNT }));
      expect(imported).toMatchObject({ ok: true });
      expect(await loadSetting('shortcuts')).toMatchObject({ answer: 'Alt+Shift+J' });
      expect(await loadSetting('account')).toEqual(ACCOUNT);
      expect(afterChange.account).not.toHaveBeenCalled();
    });
  });
});

describe('exportFile', () => {
  it('writes the settings in use, without the password unless asked', () => {
    const settings = createSettings({
      pageIsSecure: false,
      now: () => new Date('2026-12-01T05:00:00.000Z'),
    });
    const text = JSON.parse(settings.exportFile({ includePassword: false }));
    expect(text).toMatchObject({ format: FILE_FORMAT, exportedAt: '2026-12-01T05:00:00.000Z' });
    expect(text.account).not.toHaveProperty('password');
    expect(text.integra).toEqual(INTEGRA);
    const withIt = JSON.parse(settings.exportFile({ includePassword: true }));
    expect(withIt.account.password).toBe(ACCOUNT.password);
  });
});
