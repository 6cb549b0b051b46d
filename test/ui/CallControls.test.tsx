// @vitest-environment jsdom
// The controls of an answered call, found by role and name: each asks PhoneActions for the right
// thing with the call's Call-ID; the keypad, the transfer form and joining two lines.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { phoneActions } from '../../src/app/phoneActions';
import { type CallSnapshot, newCall } from '../../src/phone/callLine';
import { putCall, usePhoneStore } from '../../src/store/phoneStore';
import { CallPanel } from '../../src/ui/CallPanel';
import { actionEdges } from '../app/fakeOutputs';
import { facts } from '../phone/fakeSip';
import { setup } from '../phone/phoneHarness';
import { translator } from '../translator';
import { fakeActions, renderWith } from './renderApp';

const initial = usePhoneStore.getState();
beforeEach(() => usePhoneStore.setState(initial, true));

function activeCall(callId: string, number: string, more: Partial<CallSnapshot> = {}) {
  const call = newCall(facts({ callId, remoteNumber: number, remoteName: '' }), 'active', 1_000);
  return { ...call, answeredAt: 2_000, ...more };
}

/** The call is also in the store, where the transfer form looks for the other line. */
function showCall(call: CallSnapshot, actions = fakeActions(), language: 'en' | 'it' = 'en') {
  putCall(call);
  const result = renderWith(<CallPanel call={call} />, actions, language);
  const panel = screen.getByRole('region', {
    name: language === 'en' ? `Call with ${call.facts.remoteNumber}` : /^Chiamata con /,
  });
  return { ...result, panel };
}

describe('CallControls', () => {
  it('asks for hold, mute, hang up with the Call-ID', async () => {
    const user = userEvent.setup();
    const { actions, panel } = showCall(activeCall('a@h', '101'));
    await user.click(within(panel).getByRole('button', { name: 'Hold' }));
    expect(actions.run).toHaveBeenCalledWith('hold', { callId: 'a@h' });
    const mute = within(panel).getByRole('button', { name: 'Mute' });
    expect(mute).toHaveAttribute('aria-pressed', 'false');
    await user.click(mute);
    expect(actions.run).toHaveBeenCalledWith('mute', { callId: 'a@h' });
    await user.click(within(panel).getByRole('button', { name: 'Hang up' }));
    expect(actions.run).toHaveBeenCalledWith('hangUp', { callId: 'a@h' });
    expect(within(panel).getByRole('button', { name: 'Hold' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows hold and mute as pressed toggles on a held, muted call; Hold again resumes', async () => {
    const user = userEvent.setup();
    const { actions, panel } = showCall(activeCall('a@h', '101', { held: true, muted: true }));
    expect(within(panel).getByRole('status', { name: 'Call status' })).toHaveTextContent(
      /· On hold · Muted/,
    );
    const hold = within(panel).getByRole('button', { name: 'Hold' });
    expect(hold).toHaveAttribute('aria-pressed', 'true');
    await user.click(hold);
    expect(actions.run).toHaveBeenCalledWith('resume', { callId: 'a@h' });
    const mute = within(panel).getByRole('button', { name: 'Mute' });
    expect(mute).toHaveAttribute('aria-pressed', 'true');
    await user.click(mute);
    expect(actions.run).toHaveBeenLastCalledWith('mute', { callId: 'a@h' });
  });

  it('keeps the running time out of the live status, in a timer of its own', () => {
    const { panel } = showCall(activeCall('a@h', '101'));
    const status = within(panel).getByRole('status', { name: 'Call status' });
    expect(status).toHaveTextContent(/^In call$/);
    expect(within(panel).getByRole('timer', { name: 'Call duration' })).toHaveTextContent(
      /^\d+:\d\d/,
    );
  });

  it('opens the keypad, which sends each digit pressed, and closes it again', async () => {
    const user = userEvent.setup();
    const { actions, panel } = showCall(activeCall('a@h', '101'));
    const button = within(panel).getByRole('button', { name: 'Keypad' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const keypad = within(panel).getByRole('group', { name: 'Keypad for 101' });
    for (const key of ['1', '*', '0', '#']) {
      await user.click(within(keypad).getByRole('button', { name: key }));
    }
    expect(within(keypad).getAllByRole('button')).toHaveLength(12);
    expect(vi.mocked(actions.run).mock.calls).toEqual(
      ['1', '*', '0', '#'].map((digits) => ['sendDtmf', { callId: 'a@h', digits }]),
    );
    await user.click(button);
    expect(within(panel).queryByRole('group', { name: 'Keypad for 101' })).toBeNull();
  });

  it('transfers blind to the typed number, with Enter, and clears the field', async () => {
    const user = userEvent.setup();
    const { actions, panel } = showCall(activeCall('a@h', '101'));
    await user.click(within(panel).getByRole('button', { name: 'Transfer' }));
    const form = within(panel).getByRole('form', { name: 'Transfer' });
    const field = within(form).getByRole('textbox', { name: 'Transfer to' });
    await user.type(field, '102{Enter}');
    expect(actions.run).toHaveBeenCalledWith('transfer', { callId: 'a@h', target: '102' });
    expect(field).toHaveValue('');
    // A single line has nothing to join with.
    expect(within(form).queryByRole('button', { name: /^Join with/ })).toBeNull();
  });

  it('keeps what was typed when the transfer is refused', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    vi.mocked(actions.run).mockResolvedValue({ ok: false, message: 'no' });
    const { panel } = showCall(activeCall('a@h', '101'), actions);
    await user.click(within(panel).getByRole('button', { name: 'Transfer' }));
    const form = within(panel).getByRole('form', { name: 'Transfer' });
    await user.type(within(form).getByRole('textbox', { name: 'Transfer to' }), '12;drop');
    await user.click(within(form).getByRole('button', { name: 'Transfer now' }));
    expect(actions.run).toHaveBeenCalledWith('transfer', { callId: 'a@h', target: '12;drop' });
    expect(within(form).getByRole('textbox', { name: 'Transfer to' })).toHaveValue('12;drop');
  });

  it('refuses an empty target: nothing reaches the call, and the user is told why', async () => {
    const user = userEvent.setup();
    const { phone, inCall, last } = setup();
    const call = inCall();
    const snapshot = last('a@h');
    if (!snapshot) throw new Error('no call');
    const { panel } = showCall(snapshot, phoneActions(phone, translator('en'), actionEdges(phone)));
    await user.click(within(panel).getByRole('button', { name: 'Transfer' }));
    const form = within(panel).getByRole('form', { name: 'Transfer' });
    await user.click(within(form).getByRole('button', { name: 'Transfer now' }));
    await user.type(within(form).getByRole('textbox', { name: 'Transfer to' }), '   {Enter}');
    expect(call.actions).toEqual([]);
    expect(usePhoneStore.getState().notice).toMatch(/is not a number that can be dialled/);
    expect(last('a@h')?.transfer).toBe('none');
  });

  it('with two lines, joins this call with the other by attended transfer', async () => {
    const user = userEvent.setup();
    putCall(activeCall('b@h', '102', { held: true }));
    // A call not answered yet cannot be joined.
    putCall(newCall(facts({ callId: 'c@h', remoteNumber: '103' }), 'incoming', 3_000));
    const { actions, panel } = showCall(activeCall('a@h', '101'));
    await user.click(within(panel).getByRole('button', { name: 'Transfer' }));
    const form = within(panel).getByRole('form', { name: 'Transfer' });
    expect(within(form).queryByRole('button', { name: 'Join with 103' })).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Join with 102' }));
    expect(actions.run).toHaveBeenCalledWith('join', { callId: 'a@h', otherCallId: 'b@h' });
    expect(actions.run).not.toHaveBeenCalledWith('transfer', expect.anything());
  });

  it('joins with another call whatever its number and Call-ID hold', async () => {
    const user = userEvent.setup();
    putCall(activeCall('b\t@h\nx', '1\n2\t3'));
    putCall(activeCall('c@h', '104'));
    const { actions, panel } = showCall(activeCall('a@h', '101'));
    await user.click(within(panel).getByRole('button', { name: 'Transfer' }));
    const form = within(panel).getByRole('form', { name: 'Transfer' });
    const joins = within(form).getAllByRole('button', { name: /^Join with/ });
    expect(joins).toHaveLength(2);
    await user.click(joins[0] as HTMLElement);
    expect(actions.run).toHaveBeenCalledWith('join', { callId: 'a@h', otherCallId: 'b\t@h\nx' });
    await user.click(within(form).getByRole('button', { name: 'Join with 104' }));
    expect(actions.run).toHaveBeenLastCalledWith('join', { callId: 'a@h', otherCallId: 'c@h' });
  });

  it('speaks Italian', async () => {
    const user = userEvent.setup();
    putCall(activeCall('b@h', '102'));
    const { actions, panel } = showCall(activeCall('a@h', '101', { muted: true }), undefined, 'it');
    expect(panel).toHaveAccessibleName('Chiamata con 101');
    for (const name of ['Attesa', 'Silenzia', 'Tastiera', 'Trasferisci', 'Riaggancia']) {
      expect(within(panel).getByRole('button', { name })).toBeInTheDocument();
    }
    await user.click(within(panel).getByRole('button', { name: 'Tastiera' }));
    expect(within(panel).getByRole('group', { name: 'Tastiera per 101' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Trasferisci' }));
    const form = within(panel).getByRole('form', { name: 'Trasferisci' });
    expect(within(form).getByRole('textbox', { name: 'Trasferisci a' })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Trasferisci ora' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Unisci con 102' }));
    expect(actions.run).toHaveBeenCalledWith('join', { callId: 'a@h', otherCallId: 'b@h' });
  });

  it("shows a hostile caller's name and number inside <bdi>, controls made visible", () => {
    const call = newCall(
      facts({
        callId: 'h@h',
        remoteNumber: '1;rm -rf ~',
        remoteName: 'Evil\u202Eman\u2069\t\u0007x',
      }),
      'incoming',
      1_000,
    );
    putCall(call);
    const { container } = renderWith(<CallPanel call={call} />, fakeActions());
    const shown = [...container.querySelectorAll('.party bdi')].map((bdi) => bdi.textContent);
    expect(shown).toEqual(['Evil\u202Eman\uFFFD \uFFFDx', '1;rm -rf ~']);
  });
});
