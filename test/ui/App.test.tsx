// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallSnapshot, newCall } from '../../src/phone/callLine';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useScreenStore } from '../../src/store/screenStore';
import { App } from '../../src/ui/App';
import { ACCOUNT, facts } from '../phone/fakeSip';
import { fakeActions, renderWith } from './renderApp';

const initial = usePhoneStore.getState();
beforeEach(() => {
  usePhoneStore.setState(initial, true);
  useScreenStore.setState({ chosen: undefined });
});

function incomingCall(): CallSnapshot {
  return newCall(facts({ callId: 'in-1' }), 'incoming', Date.now());
}

describe('App', () => {
  it('opens the setup at first start, saves what was typed, and stays until registered', async () => {
    const { settings } = renderWith(<App />);
    const form = await screen.findByRole('form', { name: 'Account' });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('SIP address'), '100@voispeed.local');
    await user.type(within(form).getByLabelText('Password'), 'demo100');
    await user.type(within(form).getByLabelText('PBX WebSocket URL'), 'ws://127.0.0.1:5066');
    await user.click(within(form).getByRole('button', { name: 'Save and register' }));
    expect(settings.save).toHaveBeenCalledWith(
      'account',
      expect.objectContaining({
        sipAddress: '100@voispeed.local',
        password: 'demo100',
        url: 'ws://127.0.0.1:5066',
      }),
      expect.anything(),
    );
    // Saved: the setup stays, saying it registers, until the PBX says yes.
    expect(screen.getByRole('form', { name: 'Account' })).toBeInTheDocument();
    expect(screen.getByText('Registering with the PBX…')).toBeInTheDocument();
    act(() =>
      usePhoneStore.setState({ registration: { state: 'registered', reason: '', url: '' } }),
    );
    expect(screen.queryByRole('form', { name: 'Account' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Number to call' })).toBeInTheDocument();
  });

  it('keeps the setup open when the registration fails, with the reason and what to check', async () => {
    renderWith(<App />);
    const form = await screen.findByRole('form', { name: 'Account' });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('SIP address'), '100@voispeed.local');
    await user.type(within(form).getByLabelText('Password'), 'wrong');
    await user.type(within(form).getByLabelText('PBX WebSocket URL'), 'ws://127.0.0.1:5066');
    await user.click(within(form).getByRole('button', { name: 'Save and register' }));
    act(() =>
      usePhoneStore.setState({
        registration: { state: 'failed', reason: 'wrong-credentials', url: '' },
      }),
    );
    expect(screen.getByRole('heading', { name: 'Set up your phone' })).toBeInTheDocument();
    const alert = within(form).getByRole('alert');
    expect(alert).toHaveTextContent('Registration failed: wrong user name or password.');
    expect(alert).toHaveTextContent(/Check the user name and the password/);
    expect(within(form).getByLabelText('Password')).toHaveValue('wrong');
  });

  it('keeps the settings closed when an account exists, and opens them on request', async () => {
    usePhoneStore.setState({ account: ACCOUNT });
    renderWith(<App />);
    expect(screen.queryByRole('form', { name: 'Account' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByLabelText('SIP address')).toHaveValue('100@voispeed.local');
  });

  it.each([
    [{ state: 'registered', reason: '', url: '' }, 'Registered as 100'],
    [{ state: 'connecting', reason: '', url: '' }, 'Connecting…'],
    [
      { state: 'failed', reason: 'wrong-credentials', url: '' },
      'Registration failed: wrong user name or password',
    ],
    [
      { state: 'failed', reason: 'unreachable', url: 'ws://x' },
      'Registration failed: PBX unreachable (ws://x); retrying',
    ],
  ] as const)('shows registration %j in words', (registration, text) => {
    usePhoneStore.setState({ account: ACCOUNT, registration });
    renderWith(<App />);
    expect(screen.getByRole('status', { name: 'Registration' })).toHaveTextContent(text);
  });

  it('keeps the countdown to the next try out of the live registration status', () => {
    usePhoneStore.setState({
      account: ACCOUNT,
      registration: {
        state: 'failed',
        reason: 'timeout',
        url: 'ws://x',
        detail: {
          kind: 'reconnecting',
          url: 'ws://x',
          backup: false,
          attempt: 3,
          retryAt: Date.now() + 12_000,
          reason: 'timeout',
        },
      },
    });
    renderWith(<App />);
    expect(screen.getByRole('status', { name: 'Registration' })).toHaveTextContent(
      /^Registration failed: the PBX did not answer \(attempt 3\)$/,
    );
    expect(screen.getByText(/^next try in 1[12] s$/)).toBeInTheDocument();
  });

  it('dials what is typed, with Enter', async () => {
    usePhoneStore.setState({ account: ACCOUNT });
    const { actions } = renderWith(<App />);
    await userEvent.setup().type(screen.getByLabelText('Number to call'), '101{Enter}');
    expect(actions.run).toHaveBeenCalledWith('dial', { number: '101' });
    expect(screen.getByLabelText('Number to call')).toHaveValue('');
  });

  it('keeps what was typed when the call could not start', async () => {
    usePhoneStore.setState({ account: ACCOUNT });
    const actions = fakeActions();
    vi.mocked(actions.run).mockResolvedValue({ ok: false, message: 'no' });
    renderWith(<App />, actions);
    await userEvent.setup().type(screen.getByLabelText('Number to call'), '10x{Enter}');
    expect(screen.getByLabelText('Number to call')).toHaveValue('10x');
  });

  it('offers Answer and Decline on an incoming call and Hang up once it is live', async () => {
    usePhoneStore.setState({ account: ACCOUNT, calls: [incomingCall()] });
    const { actions } = renderWith(<App />);
    const panel = screen.getByRole('region', { name: 'Call with 100' });
    expect(within(panel).getByRole('status', { name: 'Call status' })).toHaveTextContent(
      'Incoming call',
    );
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Answer' }));
    await user.click(within(panel).getByRole('button', { name: 'Decline' }));
    expect(actions.run).toHaveBeenCalledWith('answer', { callId: 'in-1' });
    expect(actions.run).toHaveBeenCalledWith('decline', { callId: 'in-1' });
    expect(document.title).toBe('Incoming call from Demo 100 – VOIspeed Web Phone');
  });

  it('shows a notice and lets the user dismiss it', async () => {
    usePhoneStore.setState({
      account: ACCOUNT,
      notice: '"abc;" is not a number that can be dialled.',
    });
    const { actions } = renderWith(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('is not a number');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(actions.dismissNotice).toHaveBeenCalled();
  });

  it('lists history with direction, number, duration and end cause', () => {
    usePhoneStore.setState({
      account: ACCOUNT,
      history: [
        {
          callId: 'b',
          direction: 'incoming',
          number: '102',
          name: '',
          startedAt: 2_000,
          endedAt: 9_000,
          endCause: 'missed',
        },
        {
          callId: 'a',
          direction: 'outgoing',
          number: '101',
          name: 'Demo 101',
          startedAt: 1_000,
          answeredAt: 2_000,
          endedAt: 67_000,
          endCause: 'hangup-local',
        },
        {
          callId: 'c',
          direction: 'incoming',
          number: '103',
          name: '',
          startedAt: 500,
          endedAt: 900,
          endCause: 'declined',
        },
      ],
    });
    renderWith(<App />);
    const items = within(screen.getByRole('list', { name: 'Call history' })).getAllByRole(
      'listitem',
    );
    // Missed once, as its direction, not again as its end.
    expect(items[0]).toHaveTextContent(/^Missed102.*0:00$/);
    expect(items[1]).toHaveTextContent(/Outgoing.*101.*Demo 101.*1:05.*Hung up/);
    expect(items[2]).toHaveTextContent(/Incoming.*103.*Declined/);
  });

  it('speaks Italian', () => {
    usePhoneStore.setState({ account: ACCOUNT, calls: [incomingCall()] });
    renderWith(<App />, undefined, 'it');
    expect(screen.getByRole('button', { name: 'Rispondi' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Registrazione' })).toHaveTextContent(
      'Non registrato',
    );
  });
});
