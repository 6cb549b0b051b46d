// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startShortcuts } from '../../src/app/startShortcuts';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { fakeRun } from '../ui/fakeRun';

let stop = () => {};
let run = fakeRun();

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

beforeEach(() => {
  run = fakeRun();
  useShortcutStore.setState({ bindings: defaultBindings() });
  document.body.innerHTML = '';
  stop = startShortcuts(run);
});

afterEach(() => stop());

describe('keys run verbs', () => {
  it.each([
    ['d', 'dialSelection'],
    ['p', 'answer'],
    ['x', 'hangUp'],
    ['o', 'hold'],
    ['u', 'mute'],
    ['c', 'focusDialBox'],
    ['r', 'redial'],
    ['k', 'showHelp'],
  ])('Alt+Shift+%s runs %s, naming no call, and keeps the key from the page', (letter, id) => {
    expect(press(altShift(letter))).toBe(true);
    expect(run.mock.calls).toEqual([[id, {}]]);
  });
});

describe('which keys count', () => {
  it('leaves other keys to the page', () => {
    expect(press({ key: 'd', code: 'KeyD' })).toBe(false);
    expect(press({ key: 'D', code: 'KeyD', altKey: true })).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it('works in a text field only with a modifier other than Shift', () => {
    useShortcutStore.setState({ bindings: { ...defaultBindings(), showHelp: 'F2' } });
    document.body.innerHTML = '<input id="field">';
    const field = document.getElementById('field') as HTMLInputElement;
    expect(press({ key: 'F2', code: 'F2' }, field)).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(press(altShift('k'), field)).toBe(false);
    expect(press({ key: 'F2', code: 'F2' })).toBe(true);
    expect(run.mock.calls).toEqual([['showHelp', {}]]);
  });

  it('follows rebinding at once', () => {
    useShortcutStore.setState({ bindings: { ...defaultBindings(), answer: 'Alt+Shift+J' } });
    expect(press(altShift('p'))).toBe(false);
    press(altShift('j'));
    expect(run.mock.calls).toEqual([['answer', {}]]);
  });

  it('ignores a held-down key, and stops listening when stopped', () => {
    press({ ...altShift('p'), repeat: true });
    stop();
    press(altShift('p'));
    expect(run).not.toHaveBeenCalled();
  });
});
