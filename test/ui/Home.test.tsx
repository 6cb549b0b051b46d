// @vitest-environment jsdom
// The home screen: the dial pad, paste into the dial box, the missed-call badge and title, and
// the assertive announcement of a ringing call.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newCall } from '../../src/phone/callLine';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { markMissedSeen, storedSeenAt, useMissedStore } from '../../src/store/missedStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useScreenStore } from '../../src/store/screenStore';
import { App } from '../../src/ui/App';
import { LONG_PRESS_MS } from '../../src/ui/DialPad';
import { ACCOUNT, facts } from '../phone/fakeSip';
import { renderWith } from './renderApp';

const initial = usePhoneStore.getState();
beforeEach(() => {
  usePhoneStore.setState({ ...initial, account: ACCOUNT }, true);
  useScreenStore.setState({ chosen: undefined });
  useMissedStore.setState({ seenAt: 1_000 });
});
afterEach(() => vi.useRealTimers());

const numberBox = () => screen.getByRole('combobox', { name: 'Number to call' });

function missed(callId: string, at: number): HistoryEntry {
  return {
    callId,
    direction: 'incoming',
    number: '102',
    name: '',
    startedAt: at,
    endedAt: at + 5,
    endCause: 'missed',
  };
}

describe('the dial pad', () => {
  it('shows twelve keys with their letters while idle, and types what is pressed', async () => {
    const user = userEvent.setup();
    renderWith(<App />);
    const pad = screen.getByRole('group', { name: 'Dial pad' });
    expect(within(pad).getByRole('button', { name: '2' })).toHaveTextContent('2ABC');
    for (const key of ['1', '0', '*', '#', '9']) {
      await user.click(within(pad).getByRole('button', { name: key }));
    }
    expect(numberBox()).toHaveValue('10*#9');
    await user.click(screen.getByRole('button', { name: 'Delete the last character' }));
    expect(numberBox()).toHaveValue('10*#');
  });

  it('gives + for a long press of 0, and 0 for a short one', () => {
    vi.useFakeTimers();
    renderWith(<App />);
    const zero = within(screen.getByRole('group', { name: 'Dial pad' })).getByRole('button', {
      name: '0',
    });
    fireEvent.pointerDown(zero);
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS + 10));
    fireEvent.pointerUp(zero);
    fireEvent.click(zero);
    expect(numberBox()).toHaveValue('+');
    fireEvent.pointerDown(zero);
    act(() => vi.advanceTimersByTime(100));
    fireEvent.pointerUp(zero);
    fireEvent.click(zero);
    expect(numberBox()).toHaveValue('+0');
  });

  it('folds away during a call and comes back on request', async () => {
    usePhoneStore.setState({ calls: [newCall(facts({ callId: 'c1' }), 'active', 1)] });
    renderWith(<App />);
    expect(screen.queryByRole('group', { name: 'Dial pad' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show the dial pad' }));
    expect(screen.getByRole('group', { name: 'Dial pad' })).toBeInTheDocument();
  });

  it.each([
    ['+39 (02) 6161-616', '+39026161616'],
    ['Tel. 02 6161 616 (office)', '026161616'],
    ['reception', 'reception'],
  ])('keeps only what dials of a paste of %j', async (pasted, kept) => {
    const user = userEvent.setup();
    renderWith(<App />);
    await user.click(numberBox());
    await user.paste(pasted);
    expect(numberBox()).toHaveValue(kept);
  });
});

describe('missed calls', () => {
  it('counts the unseen ones on the Phone button and in the title until the history is seen', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    useScreenStore.setState({ chosen: 'settings' });
    usePhoneStore.setState({
      history: [missed('m1', 2_000), missed('m2', 3_000), missed('old', 500)],
    });
    renderWith(<App />);
    const phone = screen.getByRole('button', { name: /^Phone/ });
    expect(phone).toHaveAccessibleName('Phone, 2 missed');
    expect(document.title).toBe('(2) VOIspeed Web Phone');
    // Back on the phone, in a window with the focus: seen.
    vi.mocked(document.hasFocus).mockReturnValue(true);
    act(() => useScreenStore.setState({ chosen: 'home' }));
    expect(document.title).toBe('VOIspeed Web Phone');
    expect(screen.getByRole('button', { name: 'Phone' })).toBeInTheDocument();
  });

  it('keeps the moment they were seen over a reload', () => {
    markMissedSeen(42_000);
    // What the next load's store starts from.
    expect(storedSeenAt()).toBe(42_000);
  });
});

describe('a ringing call', () => {
  it('is announced assertively, once, by a region that was there before it rang', () => {
    renderWith(<App />);
    const region = document.querySelector('[aria-live="assertive"]');
    expect(region).toHaveTextContent('');
    act(() => usePhoneStore.setState({ calls: [newCall(facts({ callId: 'in' }), 'incoming', 1)] }));
    expect(region).toHaveTextContent('Incoming call from Demo 100');
  });
});
