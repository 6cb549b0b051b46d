// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDoNotDisturb } from '../../src/app/doNotDisturb';
import { phoneActions } from '../../src/app/phoneActions';
import { Phone } from '../../src/phone/phone';
import { loadSetting } from '../../src/storage/settings';
import { usePhoneStore } from '../../src/store/phoneStore';
import { TopBar } from '../../src/ui/TopBar';
import { actionEdges } from '../app/fakeOutputs';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { freshDatabase } from '../storage/freshDatabase';
import { translator } from '../translator';
import { renderWith } from './renderApp';

const initial = usePhoneStore.getState();
beforeEach(async () => {
  usePhoneStore.setState({ ...initial, phoneWindow: 'here' }, true);
  await freshDatabase();
});

/** The header over the real verbs, settings storage and a Phone on the fake SIP edge. */
function header(language: 'en' | 'it' = 'en') {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  phone.register(ACCOUNT);
  const actions = phoneActions(phone, translator('en'), actionEdges(phone));
  renderWith(<TopBar screen="home" missed={0} />, actions, language);
  return { sip, phone };
}

describe('the do-not-disturb toggle', () => {
  it('is a button whose pressed state follows do not disturb, and declines calls while on', async () => {
    const { sip } = header();
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Do not disturb' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.querySelector('.dnd-state')).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // The words beside the registration, for a sighted user at a glance.
    expect(document.querySelector('.dnd-state')).toHaveTextContent('Do not disturb');
    const call = new FakeCall(facts({ callId: 'b@h' }));
    sip.ring(call);
    expect(call.actions).toEqual(['decline']);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const next = new FakeCall(facts({ callId: 'c@h' }));
    sip.ring(next);
    expect(next.actions).toEqual([]);
  });

  it('is stored: a new window reads it and applies it to its phone', async () => {
    header();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Do not disturb' }));
    act(() => usePhoneStore.setState({ doNotDisturb: false }));
    const sip = new FakeSip();
    const phone = new Phone(sip);
    phone.register(ACCOUNT);
    await act(() => createDoNotDisturb(phone).load());
    expect(usePhoneStore.getState().doNotDisturb).toBe(true);
    const call = new FakeCall(facts({ callId: 'd@h' }));
    sip.ring(call);
    expect(call.actions).toEqual(['decline']);
  });

  it('is read again by a window that takes the phone over from another', async () => {
    header();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Do not disturb' }));
    // The click applies at once and stores after: the other window reads what was stored.
    await waitFor(async () => expect(await loadSetting('doNotDisturb')).toBe(true));
    act(() => usePhoneStore.setState({ doNotDisturb: false, phoneWindow: 'elsewhere' }));
    const sip = new FakeSip();
    const phone = new Phone(sip);
    phone.register(ACCOUNT);
    createDoNotDisturb(phone);
    act(() => usePhoneStore.setState({ phoneWindow: 'here' }));
    await waitFor(() => expect(usePhoneStore.getState().doNotDisturb).toBe(true));
    const call = new FakeCall(facts({ callId: 'e@h' }));
    sip.ring(call);
    expect(call.actions).toEqual(['decline']);
  });

  it('is named in Italian', () => {
    header('it');
    const toggle = screen.getByRole('button', { name: 'Non disturbare' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });
});
