// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePhoneStore } from '../../src/store/phoneStore';
import { AccountForm } from '../../src/ui/AccountForm';
import { ACCOUNT } from '../phone/fakeSip';
import { renderWith } from './renderApp';

const initial = usePhoneStore.getState();
const CONFIGURED = { ...ACCOUNT, sipAddress: '102@voispeed.local', extension: '102' };

beforeEach(() => usePhoneStore.setState({ ...initial, account: ACCOUNT }, true));

describe('AccountForm', () => {
  it('shows an account stored while it is open, so saving never brings the old one back', async () => {
    const user = userEvent.setup();
    const { actions } = renderWith(<AccountForm onSaved={vi.fn()} />);
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
    expect(actions.saveAccount).toHaveBeenCalledWith(
      expect.objectContaining({ sipAddress: '102@voispeed.local', extension: '102' }),
    );
  });

  it('says nothing of a change it made itself by saving', async () => {
    const user = userEvent.setup();
    const actions = {
      saveAccount: vi.fn(async () => {
        usePhoneStore.setState({ account: { ...ACCOUNT, displayName: 'Saved' } });
        return { ok: true as const };
      }),
    };
    const { actions: all } = renderWith(<AccountForm onSaved={vi.fn()} />);
    all.saveAccount = actions.saveAccount;
    await user.click(screen.getByRole('button', { name: 'Save and register' }));
    expect(actions.saveAccount).toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
