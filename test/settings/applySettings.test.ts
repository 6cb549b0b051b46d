// Import through importSettings with the real storage (fake-indexeddb) and stores: every part is
// written in one transaction, so a failure anywhere in it leaves every part as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { newCall } from '../../src/phone/callLine';
import type { Account } from '../../src/phone/sipPort';
import { type ApplyEdges, importSettings } from '../../src/settings/applySettings';
import { FILE_FORMAT } from '../../src/settings/settingsFile';
import { closeDatabase, database } from '../../src/storage/db';
import { loadAccount, loadSetting, saveSettings } from '../../src/storage/settings';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { useIntegraStore } from '../../src/store/integraStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { facts } from '../phone/fakeSip';
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
  await saveSettings([
    ['account', ACCOUNT],
    ['integra', INTEGRA],
    ['dialPlan', DEFAULT_DIAL_PLAN],
  ]);
});
afterEach(() => vi.restoreAllMocks());

function edges() {
  return {
    registerStoredAccount: vi.fn<(account: Account) => void>(),
    showDevices: vi.fn(async () => {}),
    pageIsSecure: true,
  } satisfies ApplyEdges;
}
const file = (parts: Record<string, unknown>) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, ...parts });

async function expectUnchanged() {
  expect(await loadSetting('integra')).toEqual(INTEGRA);
  expect(await loadSetting('dialPlan')).toEqual(DEFAULT_DIAL_PLAN);
  expect(await loadSetting('shortcuts')).toBeUndefined();
  expect(await loadAccount()).toEqual(ACCOUNT);
  expect(useIntegraStore.getState().settings).toEqual(INTEGRA);
  expect(useDialPlanStore.getState().plan).toEqual(DEFAULT_DIAL_PLAN);
  expect(useShortcutStore.getState().bindings).toEqual(defaultBindings());
}

describe('importSettings', () => {
  it('stores every part with the account, then registers it', async () => {
    const given = edges();
    expect(await importSettings(file(FILE), given)).toEqual({ ok: true });
    expect(await loadAccount()).toEqual(NEW_ACCOUNT);
    expect(await loadSetting('shortcuts')).toMatchObject({ answer: 'Alt+Shift+J' });
    expect(useDialPlanStore.getState().plan.country).toBe('DE');
    expect(given.registerStoredAccount).toHaveBeenCalledWith(NEW_ACCOUNT);
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
    const given = edges();
    expect(await importSettings(file(FILE), given)).toEqual({ ok: false, refused: 'not-saved' });
    vi.restoreAllMocks();
    await expectUnchanged();
    expect(given.registerStoredAccount).not.toHaveBeenCalled();
  });

  it('leaves every part as it was when the database is closed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    (await database()).close();
    const given = edges();
    expect(await importSettings(file(FILE), given)).toEqual({ ok: false, refused: 'not-saved' });
    // Forget the closed connection, so the stored parts can be read back.
    await closeDatabase();
    await expectUnchanged();
    expect(given.registerStoredAccount).not.toHaveBeenCalled();
  });

  describe('during a call (liveCallRule)', () => {
    beforeEach(() => usePhoneStore.setState({ calls: [newCall(facts(), 'active', 1)] }));

    it('refuses a new account and changes nothing', async () => {
      const given = edges();
      expect(await importSettings(file(FILE), given)).toEqual({
        ok: false,
        refused: 'call-live',
      });
      await expectUnchanged();
      expect(given.registerStoredAccount).not.toHaveBeenCalled();
    });

    it('takes the other parts, and the same account, which is left alone', async () => {
      const given = edges();
      const { account: _, ...others } = FILE;
      expect(await importSettings(file({ ...others, account: ACCOUNT }), given)).toEqual({
        ok: true,
      });
      expect(await loadSetting('shortcuts')).toMatchObject({ answer: 'Alt+Shift+J' });
      expect(await loadAccount()).toEqual(ACCOUNT);
      expect(given.registerStoredAccount).not.toHaveBeenCalled();
    });
  });
});
