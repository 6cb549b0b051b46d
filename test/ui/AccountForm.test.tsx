// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Phone } from '../../src/phone/phone';
import { loadSetting } from '../../src/storage/settings';
import { usePhoneStore } from '../../src/store/phoneStore';
import { showScreen, useScreenStore } from '../../src/store/screenStore';
import { AccountForm } from '../../src/ui/AccountForm';
import { actionEdges } from '../app/fakeOutputs';
import { ACCOUNT, FakeSip } from '../phone/fakeSip';
import { freshDatabase } from '../storage/freshDatabase';
import { renderWith } from './renderApp';

const initial = usePhoneStore.getState();
const CONFIGURED = { ...ACCOUNT, sipAddress: '102@voispeed.local', extension: '102' };

beforeEach(() => usePhoneStore.setState({ ...initial, account: ACCOUNT }, true));

describe('AccountForm', () => {
  it('shows an account stored while it is open, so saving never brings the old one back', async () => {
    const user = userEvent.setup();
    const { settings } = renderWith(<AccountForm mode="settings" />);
    const address = screen.getByLabelText('SIP address');
    expect(address).toHaveValue('100@voispeed.local');
    await user.clear(screen.getByLabelText('Display name'));
    await user.type(screen.getByLabelText('Display name'), 'Old edit');

    // An autoconfiguration link applied in the meantime.
    act(() => usePhoneStore.setState({ account: CONFIGURED }));
    expect(address).toHaveValue('102@voispeed.local');
    expect(screen.getByLabelText('Display name')).toHaveValue(CONFIGURED.displayName);
    expect(screen.getByRole('status')).toHaveTextContent(/unsaved changes were not kept/);

    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(settings.save).toHaveBeenCalledWith(
      'account',
      expect.objectContaining({ sipAddress: '102@voispeed.local', extension: '102' }),
      expect.anything(),
    );
  });

  it('says nothing of a change it made itself by saving', async () => {
    const user = userEvent.setup();
    const { settings } = renderWith(<AccountForm mode="settings" />);
    vi.mocked(settings.save).mockImplementation(async () => {
      const value = { ...ACCOUNT, displayName: 'Saved' };
      usePhoneStore.setState({ account: value });
      return { ok: true, value };
    });
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(settings.save).toHaveBeenCalled();
    expect(screen.queryByText(/changed while this form was open/)).toBeNull();
  });

  it('stays open after a save whose registration fails, with the reason and what to check', async () => {
    const user = userEvent.setup();
    showScreen('settings');
    renderWith(<AccountForm mode="settings" />);
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(screen.getByRole('status')).toHaveTextContent('Registering with the PBX…');
    act(() =>
      usePhoneStore.setState({
        registration: { state: 'failed', reason: 'wrong-credentials', url: '' },
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Registration failed: wrong user name or password.');
    expect(alert).toHaveTextContent(/Check the user name and the password/);
    expect(screen.getByRole('form', { name: 'Account' })).toBeInTheDocument();
    expect(useScreenStore.getState().chosen).toBe('settings');
  });

  it('goes to the phone once the saved account is registered', async () => {
    const user = userEvent.setup();
    showScreen('settings');
    renderWith(<AccountForm mode="settings" />);
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    act(() =>
      usePhoneStore.setState({ registration: { state: 'registered', reason: '', url: '' } }),
    );
    expect(useScreenStore.getState().chosen).toBe('home');
  });

  it('keeps the rarely needed fields under Advanced, open when the account uses them', async () => {
    usePhoneStore.setState({
      account: { ...ACCOUNT, authorizationUser: '', extension: '', displayName: '' },
    });
    const user = userEvent.setup();
    renderWith(<AccountForm mode="setup" />);
    const advanced = screen.getByRole('button', { name: 'Advanced' });
    expect(advanced).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'Authorization user' })).toBeNull();
    await user.click(advanced);
    expect(screen.getByRole('textbox', { name: 'Authorization user' })).toBeVisible();
  });
});

describe('AccountForm over the real settings service', () => {
  beforeEach(async () => {
    await freshDatabase();
  });
  const settings = () => actionEdges(new Phone(new FakeSip())).settings;
  /** The form over a real settings service, with fake actions to see what else it asks. */
  const renderForm = () =>
    renderWith(<AccountForm mode="settings" />, undefined, 'en', undefined, settings());

  it('says what is wrong with a refused account in its alert, and changes nothing', async () => {
    const user = userEvent.setup();
    const { actions } = renderForm();
    await user.clear(screen.getByLabelText('PBX WebSocket URL'));
    await user.type(screen.getByLabelText('PBX WebSocket URL'), 'http://pbx.example.com');
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Check the settings: the PBX URL must start with wss:// or ws://',
    );
    expect(screen.queryByText('Registering with the PBX…')).toBeNull();
    expect(actions.allowNotifications).not.toHaveBeenCalled();
    expect(await loadSetting('account')).toBeUndefined();
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
  });

  it('stores the DTMF method chosen under Advanced, with a hint on which one a PBX needs', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: 'Advanced' }));
    const method = screen.getByRole('combobox', { name: 'Send keypad digits (DTMF) by' });
    expect(method).toHaveValue('info');
    expect(method).toHaveAccessibleDescription(/Asterisk or FreePBX WebRTC extensions/);
    await user.selectOptions(method, 'RFC 4733 (telephone-events in the audio)');
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    await vi.waitFor(async () =>
      expect(await loadSetting('account')).toMatchObject({ dtmf: 'rfc4733' }),
    );
    expect(usePhoneStore.getState().account?.dtmf).toBe('rfc4733');
  });

  it('asks for incoming-call notifications once the account is accepted: saving is a click', async () => {
    const user = userEvent.setup();
    const { actions } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(await screen.findByText('Registering with the PBX…')).toBeInTheDocument();
    expect(actions.allowNotifications).toHaveBeenCalledOnce();
    expect(await loadSetting('account')).toEqual(ACCOUNT);
  });
});
