// @vitest-environment jsdom
// The administrator's config.json on screen: a new user finds the PBX URL filled in and locked,
// types a user and a password, and is set up; a bad file still lets the app start, saying why.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROVISIONING_COPY_KEY, startProvisioning } from '../../src/app/startProvisioning';
import type { ProvisioningFile } from '../../src/browser/provisioningFile';
import { Phone } from '../../src/phone/phone';
import { database } from '../../src/storage/db';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useProvisioningStore } from '../../src/store/provisioningStore';
import { App } from '../../src/ui/App';
import { DialPlanSettings } from '../../src/ui/hotkeys/DialPlanSettings';
import { actionEdges } from '../app/fakeOutputs';
import { FakeSip } from '../phone/fakeSip';
import { freshDatabase } from '../storage/freshDatabase';
import { translator } from '../translator';
import { renderWith } from './renderApp';

const CONFIG = {
  v: 1,
  account: { pbxUrl: 'ws://127.0.0.1:8088', sipDomain: 'voispeed.local' },
  dialPlan: { country: 'IT', outsideLinePrefix: '0' },
  locked: ['account.pbxUrl', 'dialPlan'],
};

const phoneInitial = usePhoneStore.getState();
beforeEach(async () => {
  await freshDatabase();
  usePhoneStore.setState(phoneInitial, true);
  useProvisioningStore.setState({ provisioning: undefined });
  vi.restoreAllMocks();
});

const t = translator('en');
const served = (text: string) => async () => ({ found: true as const, text });
const provision = (config: unknown, language: 'en' | 'it' = 'en') =>
  startProvisioning({
    t: translator(language),
    read: served(JSON.stringify(config)),
    pageIsSecure: false,
  }).fresh;
const realSettings = () => actionEdges(new Phone(new FakeSip())).settings;

describe('a provisioned account form', () => {
  it('shows the PBX URL filled in and read-only, and needs only user and password', async () => {
    await provision(CONFIG);
    renderWith(<App />, undefined, 'en', undefined, realSettings());
    const form = await screen.findByRole('form', { name: 'Account' });
    const url = within(form).getByLabelText('PBX WebSocket URL');
    expect(url).toHaveValue('ws://127.0.0.1:8088');
    expect(url).toHaveAttribute('readonly');
    expect(url).toHaveAccessibleDescription('Set by your administrator');
    expect(within(form).getByLabelText('Second PBX WebSocket URL')).not.toHaveAttribute('readonly');
    const address = within(form).getByLabelText('SIP address');
    expect(address).toHaveAccessibleDescription(
      'Your user name is enough: @voispeed.local is added.',
    );

    const user = userEvent.setup();
    await user.type(url, 'x');
    expect(url).toHaveValue('ws://127.0.0.1:8088');
    await user.type(address, '100');
    await user.type(within(form).getByLabelText('Password'), 'demo100');
    await user.click(within(form).getByRole('button', { name: 'Save and register' }));
    await vi.waitFor(async () =>
      expect(await loadSetting('account')).toMatchObject({
        sipAddress: '100@voispeed.local',
        url: 'ws://127.0.0.1:8088',
        extension: '100',
      }),
    );
  });

  it('says it in Italian too', async () => {
    await provision(CONFIG);
    renderWith(<App />, undefined, 'it');
    const url = await screen.findByLabelText('URL WebSocket del centralino');
    expect(url).toHaveAccessibleDescription('Impostato dall’amministratore');
  });

  it('shows a locked dial plan read-only, its save unavailable', async () => {
    await provision(CONFIG);
    renderWith(<DialPlanSettings />);
    expect(screen.getByLabelText('Default country')).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Save dial plan' })).toBeDisabled();
  });
});

describe('a bad config.json', () => {
  it.each([
    [
      { ...CONFIG, account: { pbxUrl: 'https://pbx.example.com' } },
      'The administrator’s config.json was not used. account.pbxUrl: the PBX URL must start with wss:// or ws://.',
    ],
    [
      { ...CONFIG, lockd: [] },
      'The administrator’s config.json was not used. lockd: is not a field this app knows.',
    ],
    [
      { ...CONFIG, locked: ['account.password'] },
      'The administrator’s config.json was not used. locked[0]: "account.password" is not a setting that can be locked.',
    ],
  ])(
    'is not used: the app starts unprovisioned, with a notice naming the field (%#)',
    async (config, notice) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      await provision(config);
      expect(useProvisioningStore.getState().provisioning).toBeUndefined();
      renderWith(<App />);
      expect(await screen.findByRole('alert')).toHaveTextContent(notice);
      const url = within(await screen.findByRole('form', { name: 'Account' })).getByLabelText(
        'PBX WebSocket URL',
      );
      expect(url).toHaveValue('');
      expect(url).not.toHaveAttribute('readonly');
      expect(console.error).toHaveBeenCalled();
    },
  );

  it('that is not JSON says so of the whole file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startProvisioning({ t, read: served('{"v":1,'), pageIsSecure: false }).fresh;
    expect(usePhoneStore.getState().notice).toBe(
      'The administrator’s config.json was not used: the file is not valid JSON.',
    );
  });

  it('that is missing, the usual case, says nothing', async () => {
    const warn = vi.spyOn(console, 'warn');
    await startProvisioning({ t, read: async () => ({ found: false }), pageIsSecure: false }).fresh;
    expect(usePhoneStore.getState().notice).toBe('');
    expect(warn).not.toHaveBeenCalled();
    expect(useProvisioningStore.getState().provisioning).toBeUndefined();
  });

  it('whose reading throws still lets the app start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const read = async () => {
      throw new Error('boom');
    };
    const started = startProvisioning({ t, read, pageIsSecure: false });
    await expect(started.known).resolves.toBeUndefined();
    await expect(started.fresh).resolves.toBe(false);
    expect(warn).toHaveBeenCalledWith('config.json was not read (Error: boom)');
    expect(useProvisioningStore.getState().provisioning).toBeUndefined();
  });
});

describe('the config.json kept from the last start', () => {
  const text = JSON.stringify(CONFIG);
  const pbxUrl = () => useProvisioningStore.getState().provisioning?.account.pbxUrl;
  /** A fetch that answers only when told, as a slow network does. */
  const slow = () => {
    let answer: (file: ProvisioningFile) => void = () => undefined;
    const read = () => new Promise<ProvisioningFile>((resolve) => (answer = resolve));
    return { read, answer: (file: ProvisioningFile) => answer(file) };
  };

  it('is in use before the network answers, and the same file fetched changes nothing', async () => {
    await provision(CONFIG);
    expect(await loadSetting(PROVISIONING_COPY_KEY)).toBe(text);
    useProvisioningStore.setState({ provisioning: undefined });
    const network = slow();
    const started = startProvisioning({ t, read: network.read, pageIsSecure: false });
    await started.known;
    expect(pbxUrl()).toBe('ws://127.0.0.1:8088');
    network.answer({ found: true, text });
    expect(await started.fresh).toBe(false);
  });

  it('gives way to a changed file, which is kept for the next start', async () => {
    await provision(CONFIG);
    const changed = { ...CONFIG, account: { pbxUrl: 'ws://127.0.0.1:9099' } };
    const started = startProvisioning({
      t,
      read: served(JSON.stringify(changed)),
      pageIsSecure: false,
    });
    await started.known;
    expect(pbxUrl()).toBe('ws://127.0.0.1:8088');
    expect(await started.fresh).toBe(true);
    expect(pbxUrl()).toBe('ws://127.0.0.1:9099');
    expect(await loadSetting(PROVISIONING_COPY_KEY)).toBe(JSON.stringify(changed));
  });

  it('that cannot be written still has the fetched file applied now', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await provision(CONFIG);
    const changed = { ...CONFIG, account: { pbxUrl: 'ws://127.0.0.1:9099' } };
    const network = slow();
    const started = startProvisioning({ t, read: network.read, pageIsSecure: false });
    await started.known;
    // The storage goes (a closed database) after the copy was read, before the new one is kept.
    (await database()).close();
    network.answer({ found: true, text: JSON.stringify(changed) });
    expect(await started.fresh).toBe(true);
    expect(pbxUrl()).toBe('ws://127.0.0.1:9099');
    expect(error).toHaveBeenCalledWith('settings not saved', expect.anything());
  });

  it('still holds while the server cannot be reached', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await provision(CONFIG);
    const offline = async (): Promise<ProvisioningFile> => ({
      found: false,
      why: 'TypeError: Failed to fetch',
      unreachable: true,
    });
    const started = startProvisioning({ t, read: offline, pageIsSecure: false });
    expect(await started.fresh).toBe(false);
    expect(pbxUrl()).toBe('ws://127.0.0.1:8088');
    expect(await loadSetting(PROVISIONING_COPY_KEY)).toBe(text);
  });

  it('is forgotten when the server has no file any more', async () => {
    await provision(CONFIG);
    const started = startProvisioning({
      t,
      read: async () => ({ found: false }),
      pageIsSecure: false,
    });
    expect(await started.fresh).toBe(true);
    expect(useProvisioningStore.getState().provisioning).toBeUndefined();
    expect(await loadSetting(PROVISIONING_COPY_KEY)).toBeUndefined();
  });

  it('that fails today’s check is not used, and is forgotten with the file', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await saveSetting(PROVISIONING_COPY_KEY, '{"v":99}');
    const started = startProvisioning({
      t,
      read: async () => ({ found: false }),
      pageIsSecure: false,
    });
    await started.known;
    expect(useProvisioningStore.getState().provisioning).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    expect(await started.fresh).toBe(false);
    expect(await loadSetting(PROVISIONING_COPY_KEY)).toBeUndefined();
    expect(usePhoneStore.getState().notice).toBe('');
  });

  it('is replaced by nothing when the new file is bad, which the notice says', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await provision(CONFIG);
    const started = startProvisioning({ t, read: served('{"v":1,'), pageIsSecure: false });
    expect(await started.fresh).toBe(true);
    expect(useProvisioningStore.getState().provisioning).toBeUndefined();
    expect(await loadSetting(PROVISIONING_COPY_KEY)).toBeUndefined();
    expect(usePhoneStore.getState().notice).toMatch(/not valid JSON/);
  });
});
