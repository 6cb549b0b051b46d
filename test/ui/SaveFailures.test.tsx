// @vitest-environment jsdom
// Each settings form when the browser cannot store what it saves (the database closed under the
// app): it says so in its own status or alert region, keeps the draft, and changes nothing. And
// the account, which registers again, waits for a live call to end. Every form saves through the
// real settings service, over fake-indexeddb.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDoNotDisturb } from '../../src/app/doNotDisturb';
import { phoneActions } from '../../src/app/phoneActions';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import type { Language } from '../../src/i18n';
import { DEFAULT_INTEGRA_SETTINGS } from '../../src/integra/rule';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { newCall } from '../../src/phone/callLine';
import { Phone } from '../../src/phone/phone';
import { closeDatabase } from '../../src/storage/db';
import { loadSetting } from '../../src/storage/settings';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { useIntegraStore } from '../../src/store/integraStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { AccountForm } from '../../src/ui/AccountForm';
import ConfirmConfiguration from '../../src/ui/ConfirmConfiguration';
import { DialPlanSettings } from '../../src/ui/hotkeys/DialPlanSettings';
import { ShortcutSettings } from '../../src/ui/hotkeys/ShortcutSettings';
import { IntegraSettingsForm } from '../../src/ui/integra/IntegraSettingsForm';
import { testDevices } from '../app/fakeOutputs';
import { ACCOUNT, FakeSip, facts } from '../phone/fakeSip';
import { LINKED } from '../settings/fixtures';
import { breakDatabase } from '../storage/brokenDatabase';
import { freshDatabase } from '../storage/freshDatabase';
import { translator } from '../translator';
import { renderWith } from './renderApp';

const NOT_SAVED = /^Not saved: .+\. Your changes are still in the form\.$/;
const phoneInitial = usePhoneStore.getState();

beforeEach(async () => {
  await freshDatabase();
  usePhoneStore.setState({ ...phoneInitial, account: ACCOUNT }, true);
  useIntegraStore.setState({ settings: DEFAULT_INTEGRA_SETTINGS });
  useShortcutStore.setState({ bindings: defaultBindings() });
  useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN } });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDatabase();
});

function realPhoneActions() {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  const { devices, settings } = testDevices(undefined, phone);
  const actions = phoneActions(phone, translator('en'), {
    devices,
    settings,
    doNotDisturb: createDoNotDisturb(phone),
  });
  return { sip, actions, settings };
}

/** A settings form over the real settings service, in `language`. */
function renderForm(form: ReactElement, language: Language = 'en') {
  return renderWith(form, undefined, language, undefined, realPhoneActions().settings);
}

describe('a failed write', () => {
  it('AccountForm says why in its alert and keeps the draft', async () => {
    const user = userEvent.setup();
    const { sip, actions, settings } = realPhoneActions();
    renderWith(<AccountForm mode="settings" />, actions, 'en', undefined, settings);
    await user.clear(screen.getByLabelText('Display name'));
    await user.type(screen.getByLabelText('Display name'), 'New name');
    await breakDatabase();
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(NOT_SAVED);
    expect(screen.getByLabelText('Display name')).toHaveValue('New name');
    expect(screen.queryByText('Registering with the PBX…')).toBeNull();
    expect(sip.started).toBe(0);
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
  });

  it('IntegraSettingsForm says why in its status and keeps the draft', async () => {
    const user = userEvent.setup();
    renderForm(<IntegraSettingsForm />);
    const form = screen.getByRole('form', { name: 'INTEGRA' });
    await user.click(within(form).getByRole('checkbox', { name: 'Enable INTEGRA' }));
    await breakDatabase();
    await user.click(within(form).getByRole('button', { name: 'Save INTEGRA settings' }));
    expect(await within(form).findByRole('status')).toHaveTextContent(NOT_SAVED);
    expect(within(form).getByRole('checkbox', { name: 'Enable INTEGRA' })).toBeChecked();
    expect(useIntegraStore.getState().settings).toEqual(DEFAULT_INTEGRA_SETTINGS);
  });

  it('ShortcutSettings says why in its status and keeps the draft', async () => {
    const user = userEvent.setup();
    renderForm(<ShortcutSettings />);
    const answer = screen.getByRole('textbox', { name: 'Answer' });
    await user.click(answer);
    await user.keyboard('{Alt>}{Shift>}j{/Shift}{/Alt}');
    await breakDatabase();
    await user.click(screen.getByRole('button', { name: 'Save shortcuts' }));
    expect(await screen.findByRole('status')).toHaveTextContent(NOT_SAVED);
    expect(answer).toHaveValue('Alt+Shift+J');
    expect(useShortcutStore.getState().bindings).toEqual(defaultBindings());
  });

  it('DialPlanSettings says why in its status and keeps the draft', async () => {
    const user = userEvent.setup();
    renderForm(<DialPlanSettings />);
    const country = screen.getByRole('textbox', { name: 'Default country' });
    await user.clear(country);
    await user.type(country, 'CH');
    await breakDatabase();
    await user.click(screen.getByRole('button', { name: 'Save dial plan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(NOT_SAVED);
    expect(country).toHaveValue('CH');
    expect(useDialPlanStore.getState().plan).toEqual(DEFAULT_DIAL_PLAN);
  });

  it('speaks Italian', async () => {
    const user = userEvent.setup();
    renderForm(<DialPlanSettings />, 'it');
    await breakDatabase();
    await user.click(screen.getByRole('button', { name: /Salva/ }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Non salvato: .+\. Le modifiche sono ancora nel modulo\.$/,
    );
  });
});

describe('during a call', () => {
  const FINISH = 'Finish the call first: saving the account registers the phone again.';
  beforeEach(() => usePhoneStore.setState({ calls: [newCall(facts(), 'active', 1)] }));

  it('AccountForm refuses to save the account, keeping the draft', async () => {
    const user = userEvent.setup();
    const { sip, actions, settings } = realPhoneActions();
    renderWith(<AccountForm mode="settings" />, actions, 'en', undefined, settings);
    await user.type(screen.getByLabelText('Extension'), '9');
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FINISH);
    expect(screen.getByLabelText('Extension')).toHaveValue('1009');
    expect(sip.started).toBe(0);
    expect(await loadSetting('account')).toBeUndefined();
  });

  it('the autoconfiguration stays pending, saying why', async () => {
    const user = userEvent.setup();
    const { actions } = realPhoneActions();
    const pending = LINKED;
    usePhoneStore.setState({ pendingConfiguration: pending });
    renderWith(<ConfirmConfiguration />, actions);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FINISH);
    expect(usePhoneStore.getState().pendingConfiguration).toEqual(pending);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
