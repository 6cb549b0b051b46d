// @vitest-environment jsdom
// Export and import through the real controls: a file chosen in the file input, storage in
// fake-indexeddb, the real stores and settings service; only its after-change edges (the account
// registering, the devices applying) are fakes.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readText } from '../../src/browser/textFile';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import type { Language } from '../../src/i18n';
import { newRule } from '../../src/integra/rule';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { newCall } from '../../src/phone/callLine';
import type { Account } from '../../src/phone/sipPort';
import { FILE_FORMAT } from '../../src/settings/settingsFile';
import { createSettings } from '../../src/settings/settingsService';
import { closeDatabase } from '../../src/storage/db';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { useIntegraStore } from '../../src/store/integraStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { SettingsTransfer } from '../../src/ui/SettingsTransfer';
import { ACCOUNT, INTEGRA } from '../settings/fixtures';
import { breakDatabase } from '../storage/brokenDatabase';
import { renderWith } from './renderApp';

/** The panel over the real settings service, with recording after-change edges. */
function renderTransfer(ui: ReactElement = <SettingsTransfer />, language: Language = 'en') {
  const afterChange = { account: vi.fn<(account: Account) => void>(), devices: vi.fn() };
  const settings = createSettings({ pageIsSecure: false, afterChange });
  return { ...renderWith(ui, undefined, language, undefined, settings), afterChange };
}

const phoneInitial = usePhoneStore.getState();
beforeEach(async () => {
  usePhoneStore.setState({ ...phoneInitial, account: ACCOUNT }, true);
  useIntegraStore.setState({ settings: INTEGRA });
  useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN } });
  useShortcutStore.setState({ bindings: defaultBindings() });
  await saveSetting('integra', INTEGRA);
  await saveSetting('dialPlan', DEFAULT_DIAL_PLAN);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function settingsFile(parts: Record<string, unknown>): File {
  const text = JSON.stringify({ format: FILE_FORMAT, version: 1, ...parts });
  return new File([text], 'voispeed-settings.json', { type: 'application/json' });
}

const GOOD = {
  account: { ...ACCOUNT, sipAddress: '305@pbx2.example', password: 'new-secret' },
  integra: { enabled: true, rules: [{ id: 'crm', kind: 'open', command: 'https://crm/?n=!01' }] },
  shortcuts: { answer: 'Alt+Shift+J' },
  dialPlan: { country: 'DE', outsideLinePrefix: '0' },
};

async function choose(file: File, label = 'Import settings') {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText(label), file);
}

describe('Import settings', () => {
  it('refuses a bad file naming the field, and changes nothing', async () => {
    const { afterChange } = renderTransfer();
    const rules = [newRule('a'), newRule('b'), { ...newRule('c'), command: 'x!{nope}' }];
    await choose(settingsFile({ ...GOOD, integra: { rules } }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Settings not imported, nothing was changed. integra.rules[2].command: uses an unknown placeholder !{nope}.',
    );
    expect(afterChange.account).not.toHaveBeenCalled();
    expect(useIntegraStore.getState().settings).toEqual(INTEGRA);
    expect(useDialPlanStore.getState().plan).toEqual(DEFAULT_DIAL_PLAN);
    expect(useShortcutStore.getState().bindings).toEqual(defaultBindings());
    expect(await loadSetting('integra')).toEqual(INTEGRA);
    expect(await loadSetting('dialPlan')).toEqual(DEFAULT_DIAL_PLAN);
  });

  it('says a file that is not JSON is not a settings file', async () => {
    renderTransfer();
    await choose(new File(['<html>'], 'page.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Settings not imported, nothing was changed: the file is not valid JSON.',
    );
  });

  it('applies a good file to storage, the stores and the account', async () => {
    const onImported = vi.fn();
    const { afterChange } = renderTransfer(<SettingsTransfer onImported={onImported} />);
    await choose(settingsFile(GOOD));
    expect(await screen.findByRole('status')).toHaveTextContent('Settings imported.');
    expect(afterChange.account).toHaveBeenCalledWith(
      expect.objectContaining({ sipAddress: '305@pbx2.example', password: 'new-secret' }),
    );
    expect(await loadSetting('account')).toMatchObject({ sipAddress: '305@pbx2.example' });
    const plan = { country: 'DE', outsideLinePrefix: '0', internationalPrefix: '00' };
    expect(useDialPlanStore.getState().plan).toEqual(plan);
    expect(await loadSetting('dialPlan')).toEqual(plan);
    expect(useShortcutStore.getState().bindings.answer).toBe('Alt+Shift+J');
    expect(await loadSetting('shortcuts')).toMatchObject({ answer: 'Alt+Shift+J' });
    expect(useIntegraStore.getState().settings.rules.map((r) => r.id)).toEqual(['crm']);
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('changes nothing when the browser cannot store the file', async () => {
    const { afterChange } = renderTransfer();
    await breakDatabase();
    await choose(settingsFile(GOOD));
    expect(await screen.findByRole('alert')).toHaveTextContent('the browser could not store them');
    await closeDatabase();
    expect(afterChange.account).not.toHaveBeenCalled();
    expect(useDialPlanStore.getState().plan).toEqual(DEFAULT_DIAL_PLAN);
    expect(await loadSetting('dialPlan')).toEqual(DEFAULT_DIAL_PLAN);
    expect(await loadSetting('integra')).toEqual(INTEGRA);
  });

  it('refuses during a call, saying why', async () => {
    const call = newCall(
      { callId: 'c1', direction: 'incoming', remoteNumber: '100' } as never,
      'active',
      1,
    );
    usePhoneStore.setState({ calls: [call] });
    const { afterChange } = renderTransfer();
    await choose(settingsFile(GOOD));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Settings cannot be imported during a call',
    );
    expect(afterChange.account).not.toHaveBeenCalled();
    expect(await loadSetting('dialPlan')).toEqual(DEFAULT_DIAL_PLAN);
  });

  it('speaks Italian', async () => {
    renderTransfer(<SettingsTransfer />, 'it');
    await choose(settingsFile({ dialPlan: { country: 'XX' } }), 'Importa impostazioni');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'dialPlan.country: non è un codice di paese di due lettere noto, come IT.',
    );
  });
});

describe('Export settings', () => {
  async function exported(tickPassword: boolean): Promise<Record<string, unknown>> {
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => blobs.push(blob) && 'blob:settings',
      revokeObjectURL: () => undefined,
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderTransfer();
    const box = screen.getByRole('checkbox', { name: 'Include the password' });
    if (tickPassword) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(click).toHaveBeenCalledOnce();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('voispeed-settings.json');
    click.mockRestore();
    return JSON.parse(await readText(blobs[0] as Blob));
  }

  it('leaves the password out unless ticked', async () => {
    const file = await exported(false);
    expect(file).toMatchObject({ format: FILE_FORMAT, version: 1, dialPlan: DEFAULT_DIAL_PLAN });
    expect(file.account).toMatchObject({ sipAddress: '201@pbx.example' });
    expect(file.account).not.toHaveProperty('password');
  });

  it('includes it when ticked, and says the file holds a secret', async () => {
    const file = await exported(true);
    expect(file.account).toMatchObject({ password: 'secret' });
    expect(
      screen.getByRole('checkbox', { name: 'Include the password' }),
    ).toHaveAccessibleDescription(
      'The file will hold the account password: keep it as safe as the password itself.',
    );
  });
});
