// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Phone } from '../../src/phone/phone';
import { loadSetting } from '../../src/storage/settings';
import { usePhoneStore } from '../../src/store/phoneStore';
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
    const { settings } = renderWith(<AccountForm onSaved={vi.fn()} />);
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
    const { settings } = renderWith(<AccountForm onSaved={vi.fn()} />);
    vi.mocked(settings.save).mockImplementation(async () => {
      const value = { ...ACCOUNT, displayName: 'Saved' };
      usePhoneStore.setState({ account: value });
      return { ok: true, value };
    });
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(settings.save).toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('AccountForm over the real settings service', () => {
  beforeEach(async () => {
    await freshDatabase();
  });
  const settings = () => actionEdges(new Phone(new FakeSip())).settings;
  /** The form over a real settings service, with fake actions to see what else it asks. */
  const renderForm = () => {
    const onSaved = vi.fn();
    const form = <AccountForm onSaved={onSaved} />;
    return { onSaved, ...renderWith(form, undefined, 'en', undefined, settings()) };
  };

  it('says what is wrong with a refused account in its alert, and changes nothing', async () => {
    const user = userEvent.setup();
    const { onSaved, actions } = renderForm();
    await user.clear(screen.getByLabelText('PBX WebSocket URL'));
    await user.type(screen.getByLabelText('PBX WebSocket URL'), 'http://pbx.example.com');
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Check the settings: the PBX URL must start with wss:// or ws://',
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(actions.allowNotifications).not.toHaveBeenCalled();
    expect(await loadSetting('account')).toBeUndefined();
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
  });

  it('asks for incoming-call notifications once the account is accepted: saving is a click', async () => {
    const user = userEvent.setup();
    const { onSaved, actions } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(actions.allowNotifications).toHaveBeenCalledOnce();
    expect(await loadSetting('account')).toEqual(ACCOUNT);
  });
});
