// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startShortcuts } from '../../src/app/startShortcuts';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { translator } from '../../src/i18n';
import { type CallStatus, newCall } from '../../src/phone/callLine';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useShortcutHelpStore } from '../../src/store/shortcutHelpStore';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { facts } from '../phone/fakeSip';
import { fakeActions } from '../ui/renderApp';

const t = translator('en');
let stop = () => {};
let actions = fakeActions();

/** Presses keys on `target` (the body by default); true when the page's default was prevented. */
function press(init: KeyboardEventInit, target: EventTarget = document.body): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}
const altShift = (letter: string) => ({
  key: letter,
  code: `Key${letter.toUpperCase()}`,
  altKey: true,
  shiftKey: true,
});

function setClipboard(readText: (() => Promise<string>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    value: readText ? { readText } : undefined,
    configurable: true,
  });
}

function putCall(callId: string, status: CallStatus) {
  usePhoneStore.setState({ calls: [newCall(facts({ callId }), status, 1)] });
}

beforeEach(() => {
  actions = fakeActions();
  useShortcutStore.setState({ bindings: defaultBindings() });
  useShortcutHelpStore.setState({ open: false });
  usePhoneStore.setState({ calls: [], history: [], notice: '' });
  document.body.innerHTML = '';
  stop = startShortcuts(actions, t);
});

afterEach(() => {
  stop();
  window.getSelection()?.removeAllRanges();
  setClipboard(undefined);
});

function select(text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}

describe('dial the selection', () => {
  it('dials the selected text', () => {
    select('Tel. 101 (desk)');
    expect(press(altShift('d'))).toBe(true);
    expect(actions.dialText).toHaveBeenCalledWith('Tel. 101 (desk)');
  });

  it('reads the clipboard, in the key press, when nothing is selected', async () => {
    const readText = vi.fn(async () => '+39 02 6161616');
    setClipboard(readText);
    press(altShift('d'));
    expect(readText).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(actions.dialText).toHaveBeenCalledWith('+39 02 6161616'));
  });

  it.each([
    [
      'refused',
      async () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      /did not allow/,
    ],
    ['empty', async () => '  ', /clipboard holds no text/],
    ['unavailable', undefined, /does not let the phone read/],
  ])('says so when the clipboard is %s, and dials nothing', async (_, readText, message) => {
    setClipboard(readText);
    press(altShift('d'));
    await waitFor(() => expect(usePhoneStore.getState().notice).toMatch(message));
    expect(actions.dialText).not.toHaveBeenCalled();
  });
});

describe('call keys', () => {
  it('answers the ringing call and hangs up the one in progress', () => {
    putCall('in-1', 'incoming');
    press(altShift('p'));
    expect(actions.answer).toHaveBeenCalledWith('in-1');
    putCall('in-1', 'active');
    press(altShift('x'));
    expect(actions.hangup).toHaveBeenCalledWith('in-1');
  });

  it('holds and mutes the call in progress', () => {
    putCall('c', 'active');
    press(altShift('o'));
    press(altShift('u'));
    expect(actions.hold).toHaveBeenCalledWith('c');
    expect(actions.toggleMute).toHaveBeenCalledWith('c');
  });

  it('says when there is nothing to answer', () => {
    expect(press(altShift('p'))).toBe(true);
    expect(usePhoneStore.getState().notice).toBe('There is no incoming call to answer.');
    expect(actions.answer).not.toHaveBeenCalled();
  });

  it('focuses the dial box and opens the help', () => {
    document.body.innerHTML = '<input id="dial-number">';
    press(altShift('c'));
    expect(document.activeElement?.id).toBe('dial-number');
    press(altShift('k'));
    expect(useShortcutHelpStore.getState().open).toBe(true);
  });
});

describe('which keys count', () => {
  it('leaves other keys to the page', () => {
    expect(press({ key: 'd', code: 'KeyD' })).toBe(false);
    expect(press({ key: 'D', code: 'KeyD', altKey: true })).toBe(false);
    expect(actions.dialText).not.toHaveBeenCalled();
  });

  it('works in a text field only with a modifier other than Shift', () => {
    useShortcutStore.setState({ bindings: { ...defaultBindings(), showHelp: 'F2' } });
    document.body.innerHTML = '<input id="field">';
    const field = document.getElementById('field') as HTMLInputElement;
    expect(press({ key: 'F2', code: 'F2' }, field)).toBe(false);
    expect(useShortcutHelpStore.getState().open).toBe(false);
    expect(press(altShift('k'), field)).toBe(false);
    expect(press({ key: 'F2', code: 'F2' })).toBe(true);
    expect(useShortcutHelpStore.getState().open).toBe(true);
  });

  it('follows rebinding at once', () => {
    useShortcutStore.setState({ bindings: { ...defaultBindings(), answer: 'Alt+Shift+J' } });
    putCall('in-1', 'incoming');
    expect(press(altShift('p'))).toBe(false);
    press(altShift('j'));
    expect(actions.answer).toHaveBeenCalledWith('in-1');
  });

  it('ignores a held-down key', () => {
    putCall('in-1', 'incoming');
    press({ ...altShift('p'), repeat: true });
    expect(actions.answer).not.toHaveBeenCalled();
  });
});
