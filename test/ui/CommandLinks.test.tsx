// @vitest-environment jsdom
// The UI of command links: the autoconfiguration confirmation, the phone-elsewhere banner, the
// result shown by a window that handed a link over, and the protocol handlers button.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkAccount } from '../../src/commands/types';
import { usePhoneStore } from '../../src/store/phoneStore';
import ConfirmConfiguration from '../../src/ui/ConfirmConfiguration';
import { LinkDelivery } from '../../src/ui/LinkDelivery';
import { LinkHandlersButton } from '../../src/ui/LinkHandlersButton';
import { PhoneElsewhere } from '../../src/ui/PhoneElsewhere';
import { ACCOUNT } from '../phone/fakeSip';
import { renderWith } from './renderApp';

const initial = usePhoneStore.getState();
beforeEach(() => usePhoneStore.setState(initial, true));

const PENDING: LinkAccount = {
  user: 'alice',
  domain: 'pbx.example.com',
  passwordMd5: '0123456789abcdef0123456789abcdef',
  extension: '201',
  url: 'wss://pbx.example.com:8089',
  url2: 'wss://backup.example.com',
};

describe('ConfirmConfiguration', () => {
  it('shows nothing until a link asks', () => {
    renderWith(<ConfirmConfiguration />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the user, extension and PBX hosts, and applies only on Apply', async () => {
    const user = userEvent.setup();
    const { actions } = renderWith(<ConfirmConfiguration />);
    act(() => usePhoneStore.setState({ pendingConfiguration: PENDING }));
    const dialog = screen.getByRole('dialog', { name: 'Apply this configuration?' });
    expect(dialog.textContent).toContain('alice@pbx.example.com');
    expect(dialog.textContent).toContain('201');
    expect(dialog.textContent).toContain('wss://pbx.example.com:8089');
    expect(dialog.textContent).toContain('wss://backup.example.com');
    // The password is not shown.
    expect(dialog.textContent).not.toContain(PENDING.passwordMd5);
    // Focus starts on Cancel, so a stray Enter applies nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(actions.applyConfiguration).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(actions.applyConfiguration).toHaveBeenCalledWith(false);
  });

  it('starts from the account HA1 setting, which the user may change', async () => {
    const user = userEvent.setup();
    usePhoneStore.setState({ account: { ...ACCOUNT, passwordIsHa1: true } });
    const { actions } = renderWith(<ConfirmConfiguration />);
    act(() => usePhoneStore.setState({ pendingConfiguration: PENDING }));
    const box = screen.getByRole('checkbox', { name: /digest HA1/ });
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(actions.applyConfiguration).toHaveBeenCalledWith(false);
  });

  it('Cancel and Escape change nothing but dropping the request', async () => {
    const user = userEvent.setup();
    const { actions, settings } = renderWith(<ConfirmConfiguration />);
    act(() => usePhoneStore.setState({ pendingConfiguration: PENDING }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(actions.cancelConfiguration).toHaveBeenCalledTimes(2);
    expect(actions.applyConfiguration).not.toHaveBeenCalled();
    expect(settings.save).not.toHaveBeenCalled();
  });

  it('speaks Italian', () => {
    renderWith(<ConfirmConfiguration />, undefined, 'it');
    act(() => usePhoneStore.setState({ pendingConfiguration: PENDING }));
    expect(screen.getByRole('dialog', { name: 'Applicare questa configurazione?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Applica' })).toBeTruthy();
  });
});

describe('PhoneElsewhere', () => {
  it('says where the phone is and takes it on "Use this window"', async () => {
    const user = userEvent.setup();
    const { actions } = renderWith(<PhoneElsewhere />);
    expect(screen.queryByText('The phone is open in another window.')).toBeNull();
    act(() => usePhoneStore.setState({ phoneWindow: 'elsewhere' }));
    expect(screen.getByRole('status').textContent).toContain(
      'The phone is open in another window.',
    );
    await user.click(screen.getByRole('button', { name: 'Use this window' }));
    expect(actions.takePhone).toHaveBeenCalledOnce();
    act(() => usePhoneStore.setState({ phoneWindow: 'here' }));
    expect(screen.queryByRole('button', { name: 'Use this window' })).toBeNull();
  });
});

describe('LinkDelivery', () => {
  const done = { link: 'voispeed:101', outcome: 'done', ranHere: false } as const;

  it('shows what the phone window did, and that this window closes', () => {
    usePhoneStore.setState({
      delivery: { ...done, ok: true, message: 'Calling 101.', after: 'closing' },
    });
    renderWith(<LinkDelivery />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Sent to the phone window. Calling 101.');
    expect(status.textContent).toContain('This window closes by itself.');
  });

  it('shows a refusal as an alert, as text, and that the window may be closed', () => {
    const message = 'Link not carried out. This is not a phone link: "<b>x</b>".';
    usePhoneStore.setState({ delivery: { ...done, ok: false, message, after: 'may-close' } });
    renderWith(<LinkDelivery />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(alert.querySelector('b')).toBeNull();
    expect(alert.textContent).toContain('You may close this window.');
  });

  it('says when the phone window does not answer', () => {
    usePhoneStore.setState({
      delivery: { link: 'voispeed:101', outcome: 'unanswered', after: 'may-close' },
    });
    renderWith(<LinkDelivery />);
    expect(screen.getByRole('alert').textContent).toContain('The phone window does not answer.');
  });
});

describe('LinkHandlersButton', () => {
  it('asks the browser for every scheme and says what each answered', async () => {
    const user = userEvent.setup();
    const register = vi.fn(() => ({
      'web+voispeed': 'requested' as const,
      tel: 'requested' as const,
      sip: 'unsupported' as const,
    }));
    renderWith(<LinkHandlersButton register={register} />);
    await user.click(screen.getByRole('button', { name: 'Open phone links with this app' }));
    expect(register).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe(
      'web+voispeed: asked (the browser may ask you to confirm); tel: asked (the browser may ask you to confirm); sip: not supported by this browser.',
    );
  });
});
