// What an administrator's config.json does to the settings: prefilled drafts, provisioned
// defaults, and locks that no save, import or stored record gets past.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INTEGRA_SETTINGS, newRule } from '../../src/integra/rule';
import { DEFAULT_DIAL_PLAN, type DialPlan } from '../../src/numbers/dialPlanDefaults';
import { accountInput, draftFrom } from '../../src/phone/account';
import type { Provisioning } from '../../src/settings/provisioning';
import { FILE_FORMAT } from '../../src/settings/settingsFile';
import { createSettings } from '../../src/settings/settingsService';
import { loadSetting, saveSettings } from '../../src/storage/settings';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { useIntegraStore } from '../../src/store/integraStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { isLocked, prefilledDraft, useProvisioningStore } from '../../src/store/provisioningStore';
import { freshDatabase } from '../storage/freshDatabase';
import { ACCOUNT } from './fixtures';

const OFFICE_INTEGRA = { ...DEFAULT_INTEGRA_SETTINGS, enabled: true, rules: [newRule('office')] };
const OFFICE_PLAN: DialPlan = { ...DEFAULT_DIAL_PLAN, country: 'DE', outsideLinePrefix: '0' };
const PROVISIONING: Provisioning = {
  account: {
    pbxUrl: 'wss://office.example/ws',
    pbxUrl2: 'wss://backup.example/ws',
    sipDomain: 'office.example',
    iceServers: ['stun:stun.office.example'],
  },
  integra: OFFICE_INTEGRA,
  dialPlan: OFFICE_PLAN,
  locked: ['account.pbxUrl', 'integra'],
};

const phoneInitial = usePhoneStore.getState();
beforeEach(async () => {
  await freshDatabase();
  usePhoneStore.setState({ ...phoneInitial, account: undefined }, true);
  useIntegraStore.setState({ settings: DEFAULT_INTEGRA_SETTINGS });
  useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN } });
  useProvisioningStore.setState({ provisioning: PROVISIONING });
});

const settings = () => createSettings({ pageIsSecure: true });
const typed = (sipAddress: string, url = '') => ({
  ...accountInput(draftFrom(undefined)),
  sipAddress,
  password: 'pw',
  url,
});
const file = (parts: Record<string, unknown>) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, ...parts });

describe('isLocked and prefilledDraft', () => {
  it('knows a lock only from a config.json', () => {
    expect(isLocked(PROVISIONING, 'account.pbxUrl')).toBe(true);
    expect(isLocked(PROVISIONING, 'account.pbxUrl2')).toBe(false);
    expect(isLocked(undefined, 'account.pbxUrl')).toBe(false);
  });

  it('starts a new account from every provisioned field', () => {
    expect(prefilledDraft(draftFrom(undefined), PROVISIONING)).toMatchObject({
      sipAddress: '',
      url: 'wss://office.example/ws',
      url2: 'wss://backup.example/ws',
      iceServers: 'stun:stun.office.example',
    });
  });

  it('changes only the locked fields of a stored account, and nothing without a config.json', () => {
    const draft = draftFrom(ACCOUNT);
    expect(prefilledDraft(draft, PROVISIONING)).toEqual({
      ...draft,
      url: 'wss://office.example/ws',
    });
    expect(prefilledDraft(draft, undefined)).toBe(draft);
  });
});

/** A stored account loaded by a settings service that records each registration. */
async function loadedWithAccount() {
  await saveSettings([['account', ACCOUNT]]);
  const registered: unknown[] = [];
  const service = createSettings({
    pageIsSecure: true,
    afterChange: { account: (account) => void registered.push(account) },
  });
  await service.load().then((loaded) => loaded.rest);
  return { service, registered };
}

/** The administrator moves the locked PBX URL. */
const moveThePbx = () =>
  useProvisioningStore.setState({
    provisioning: {
      ...PROVISIONING,
      account: { ...PROVISIONING.account, pbxUrl: 'wss://new.example/ws' },
    },
  });

describe('the settings service under a config.json', () => {
  it('completes a bare user with the SIP domain and keeps the locked URL, whatever the draft says', async () => {
    const saved = await settings().save('account', typed('alice', 'wss://elsewhere.example'));
    expect(saved).toMatchObject({
      ok: true,
      value: { sipAddress: 'alice@office.example', url: 'wss://office.example/ws' },
    });
    expect(await loadSetting('account')).toMatchObject({ url: 'wss://office.example/ws' });
  });

  it('leaves an address with its own domain alone unless the domain is locked', async () => {
    const own = await settings().save('account', typed('bob@other.example'));
    expect(own).toMatchObject({ ok: true, value: { sipAddress: 'bob@other.example' } });
    useProvisioningStore.setState({
      provisioning: { ...PROVISIONING, locked: ['account.pbxUrl', 'account.sipDomain'] },
    });
    const locked = await settings().save('account', typed('bob@other.example'));
    expect(locked).toMatchObject({ ok: true, value: { sipAddress: 'bob@office.example' } });
  });

  it('refuses to save a locked part and changes nothing', async () => {
    useIntegraStore.setState({ settings: OFFICE_INTEGRA });
    const saved = await settings().save('integra', { ...OFFICE_INTEGRA, enabled: false });
    expect(saved).toEqual({ ok: false, refused: 'locked' });
    expect(await loadSetting('integra')).toBeUndefined();
    expect(useIntegraStore.getState().settings).toEqual(OFFICE_INTEGRA);
  });

  it('saves an unlocked provisioned part as the user chooses', async () => {
    const plan = { ...OFFICE_PLAN, outsideLinePrefix: '9' };
    expect(await settings().save('dialPlan', plan)).toMatchObject({ ok: true });
    expect(await loadSetting('dialPlan')).toEqual(plan);
  });

  it('imports a file but keeps the locked part and the locked field provisioned', async () => {
    const account = { ...ACCOUNT, url: 'wss://elsewhere.example' };
    const integra = { enabled: false, rules: [] };
    const imported = await settings().importFile(file({ account, integra, dialPlan: OFFICE_PLAN }));
    expect(imported).toMatchObject({ ok: true });
    expect(imported.ok && imported.value).not.toHaveProperty('integra');
    expect(await loadSetting('account')).toMatchObject({ url: 'wss://office.example/ws' });
    expect(await loadSetting('integra')).toBeUndefined();
    expect(await loadSetting('dialPlan')).toEqual(OFFICE_PLAN);
  });

  it('loads the provisioned parts for a user who stored none', async () => {
    await settings()
      .load()
      .then((loaded) => loaded.rest);
    expect(useIntegraStore.getState().settings).toEqual(OFFICE_INTEGRA);
    expect(useDialPlanStore.getState().plan).toEqual(OFFICE_PLAN);
    expect(usePhoneStore.getState().account).toBeUndefined();
  });

  it('loads a locked part over a stored one, and the locked URL over a stored account', async () => {
    const plan = { ...OFFICE_PLAN, country: 'FR' };
    await saveSettings([
      ['account', ACCOUNT],
      ['integra', { ...DEFAULT_INTEGRA_SETTINGS, enabled: false }],
      ['dialPlan', plan],
    ]);
    await settings()
      .load()
      .then((loaded) => loaded.rest);
    expect(useIntegraStore.getState().settings).toEqual(OFFICE_INTEGRA);
    // Not locked: the user's own plan stays.
    expect(useDialPlanStore.getState().plan).toEqual(plan);
    expect(usePhoneStore.getState().account).toEqual({
      ...ACCOUNT,
      url: 'wss://office.example/ws',
    });
  });

  it('applies a changed config.json to the stored parts, registering the account again', async () => {
    const { service, registered } = await loadedWithAccount();
    await service.reapply();
    // Nothing changed: nothing registers again.
    expect(registered).toEqual([]);

    moveThePbx();
    await service.reapply();
    const account = { ...ACCOUNT, url: 'wss://new.example/ws' };
    expect(registered).toEqual([account]);
    expect(usePhoneStore.getState().account).toEqual(account);
    expect(useIntegraStore.getState().settings).toEqual(OFFICE_INTEGRA);

    // The file is gone: the stored parts come back as the user had them.
    useProvisioningStore.setState({ provisioning: undefined });
    await service.reapply();
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
    expect(useIntegraStore.getState().settings).toEqual(DEFAULT_INTEGRA_SETTINGS);
  });

  it('leaves a changed account for the next start while a call is live', async () => {
    const { service, registered } = await loadedWithAccount();
    usePhoneStore.setState({ calls: [{ status: 'active' } as never] });
    moveThePbx();
    await service.reapply();
    expect(registered).toEqual([]);
    expect(usePhoneStore.getState().account?.url).toBe('wss://office.example/ws');
  });

  it('without a config.json, saves and loads as before', async () => {
    useProvisioningStore.setState({ provisioning: undefined });
    expect(await settings().save('account', typed('alice'))).toMatchObject({
      ok: false,
      refused: 'invalid',
      error: { field: 'account.sipAddress' },
    });
    await settings()
      .load()
      .then((loaded) => loaded.rest);
    expect(useIntegraStore.getState().settings).toEqual(DEFAULT_INTEGRA_SETTINGS);
  });
});
