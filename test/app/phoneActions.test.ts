// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phoneActions } from '../../src/app/phoneActions';
import { accountInput, draftFrom } from '../../src/phone/account';
import { Phone } from '../../src/phone/phone';
import { database } from '../../src/storage/db';
import { loadSetting } from '../../src/storage/settings';
import { useIntegraStore } from '../../src/store/integraStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { LINKED } from '../settings/fixtures';
import { freshDatabase } from '../storage/freshDatabase';
import { translator } from '../translator';
import { actionEdges } from './fakeOutputs';

const initial = usePhoneStore.getState();

beforeEach(async () => {
  usePhoneStore.setState(initial, true);
  await freshDatabase();
});
afterEach(() => vi.restoreAllMocks());

function setup() {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  const edges = actionEdges(phone);
  const { settings } = edges;
  return {
    sip,
    phone,
    actions: phoneActions(phone, translator('en'), edges),
    /** As the account form saves one: through the settings, which register it. */
    saveAccount: (draft = draftFrom(ACCOUNT)) => settings.save('account', accountInput(draft)),
  };
}

describe('phoneActions', () => {
  it('saves a good account and registers with it', async () => {
    const { sip, saveAccount } = setup();
    usePhoneStore.setState({ notice: 'an old notice' });
    expect(await saveAccount()).toEqual({ ok: true, value: ACCOUNT });
    expect(sip.account).toEqual(ACCOUNT);
    expect(await loadSetting('account')).toEqual(ACCOUNT);
    expect(usePhoneStore.getState()).toMatchObject({ account: ACCOUNT, notice: '' });
  });

  it('says what is wrong with a bad account and changes nothing', async () => {
    const { sip, saveAccount } = setup();
    await saveAccount();
    const bad = { ...draftFrom(ACCOUNT), url: 'http://pbx.example.com', password: 'changed' };
    expect(await saveAccount(bad)).toEqual({
      ok: false,
      refused: 'invalid',
      error: { ok: false, field: 'account.url', problem: 'url' },
    });
    expect(sip.started).toBe(1);
    expect(await loadSetting('account')).toEqual(ACCOUNT);
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
  });

  it('explains why a number was not dialled, quoting at most 80 characters of it', async () => {
    const { actions } = setup();
    expect((await actions.run('dial', { number: '101' })).ok).toBe(false);
    expect(usePhoneStore.getState().notice).toBe('Set up and register an account first.');
    usePhoneStore.setState({ notice: '' });
    const { actions: withAccount, sip, saveAccount } = setup();
    await saveAccount();
    expect((await withAccount.run('dial', { number: `x;${'9'.repeat(200)}` })).ok).toBe(false);
    expect(usePhoneStore.getState().notice).toBe(
      `"x;${'9'.repeat(78)}" is not a number that can be dialled.`,
    );
    expect(sip.placed).toEqual([]);
  });

  it('dials the first number found in text with the dial plan, naming the others', async () => {
    const { sip, actions, saveAccount } = setup();
    await saveAccount();
    sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
    const text = 'Tel. +39 02 6161 616 (office), fax 02 6161 617';
    expect((await actions.run('dialText', { text })).ok).toBe(true);
    expect(sip.placed.map((p) => p.facts.remoteNumber)).toEqual(['026161616']);
    expect(usePhoneStore.getState().notice).toMatch(
      /^Calling \+39 02 6161 616; the selection also holds 02 6161 617\.$/,
    );
  });

  it('dials nothing from text without a number, and says so', async () => {
    const { sip, actions, saveAccount } = setup();
    await saveAccount();
    sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
    expect((await actions.run('dialText', { text: 'see you on Monday' })).ok).toBe(false);
    expect(usePhoneStore.getState().notice).toBe('No phone number found in "see you on Monday".');
    expect((await actions.run('dialText', { text: '   ' })).ok).toBe(false);
    expect(usePhoneStore.getState().notice).toBe(
      'Nothing is selected: select a phone number first.',
    );
    expect(sip.placed).toEqual([]);
  });

  it("dials a short number in prose only where it matches the user's internal-extension rule", async () => {
    const { sip, actions, saveAccount } = setup();
    await saveAccount();
    sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
    const settings = useIntegraStore.getState().settings;
    const text = 'Please call Mr Rossi on 1020 (ext)';
    useIntegraStore.setState({ settings: { ...settings, internalPattern: '^[0-9]{3}$' } });
    expect((await actions.run('dialText', { text })).ok).toBe(false);
    useIntegraStore.setState({ settings: { ...settings, internalPattern: '^1[0-9]{3}$' } });
    expect((await actions.run('dialText', { text })).ok).toBe(true);
    // No rule set: the default one (2 to 5 digits) still finds extensions.
    useIntegraStore.setState({ settings: { ...settings, internalPattern: '' } });
    expect(
      (await actions.run('dialText', { text: 'Mr Bianchi, direct line 102, mornings' })).ok,
    ).toBe(true);
    expect(sip.placed.map((p) => p.facts.remoteNumber)).toEqual(['1020', '102']);
    useIntegraStore.setState({ settings });
  });

  it('unregisters: the edge stops and calls are refused', async () => {
    const { sip, actions, saveAccount } = setup();
    await saveAccount();
    sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
    const stopsBefore = sip.stopped;
    actions.unregister();
    expect(sip.stopped).toBe(stopsBefore + 1);
    expect((await actions.run('dial', { number: '101' })).ok).toBe(false);
    expect(usePhoneStore.getState().notice).toBe('Set up and register an account first.');
  });
});

describe('phoneActions: the account waits for a live call', () => {
  async function inCall() {
    const all = setup();
    await all.saveAccount();
    all.sip.ring(new FakeCall(facts()));
    all.phone.answer('call-1@host');
    // connectPhone feeds the store in the app; here the test does.
    usePhoneStore.setState({ calls: all.phone.liveCalls() });
    return all;
  }

  it('refuses to save the account during a call', async () => {
    const { sip, saveAccount } = await inCall();
    const changed = { ...draftFrom(ACCOUNT), displayName: 'Changed' };
    expect(await saveAccount(changed)).toEqual({ ok: false, refused: 'call-live' });
    expect(sip.started).toBe(1);
    expect(await loadSetting('account')).toEqual(ACCOUNT);
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
  });

  it('keeps an autoconfiguration pending during a call, to apply after it', async () => {
    const { sip, actions } = await inCall();
    usePhoneStore.setState({ pendingConfiguration: LINKED });
    expect(await actions.applyConfiguration(false)).toMatchObject({ refused: 'call-live' });
    expect(usePhoneStore.getState().pendingConfiguration).toEqual(LINKED);
    expect(sip.started).toBe(1);

    usePhoneStore.setState({ calls: [] });
    expect(await actions.applyConfiguration(false)).toMatchObject({ ok: true });
    expect(usePhoneStore.getState().pendingConfiguration).toBeUndefined();
    expect(sip.account?.sipAddress).toBe('alice@pbx.example.com');
  });

  it('says why when the browser cannot store the account, and changes nothing', async () => {
    const { sip, saveAccount } = setup();
    (await database()).close();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await saveAccount();
    expect(result).toEqual({ ok: false, refused: 'not-saved', reason: expect.any(String) });
    expect(error).toHaveBeenCalled();
    expect(sip.started).toBe(0);
    expect(usePhoneStore.getState().account).toBeUndefined();
  });
});
