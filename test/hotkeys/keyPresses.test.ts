import { describe, expect, it } from 'vitest';
import { isTypingTarget, type KeyPress, shortcutsSee } from '../../src/hotkeys/keyPresses';

describe('shortcutsSee', () => {
  const press = (over: Partial<KeyPress> = {}): KeyPress => ({
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    isComposing: false,
    defaultPrevented: false,
    ...over,
  });
  const input = { tagName: 'INPUT', type: 'tel' };
  const cases: Array<[string, KeyPress, Parameters<typeof shortcutsSee>[1], boolean]> = [
    ['a plain key on the page', press(), { tagName: 'BODY' }, true],
    ['no target', press(), null, true],
    ['a plain key in a field', press(), input, false],
    ['Alt in a field', press({ altKey: true }), input, true],
    ['Ctrl in a textarea', press({ ctrlKey: true }), { tagName: 'textarea' }, true],
    ['a plain key in a textarea', press(), { tagName: 'TEXTAREA' }, false],
    ['a plain key in contenteditable', press(), { tagName: 'DIV', isContentEditable: true }, false],
    ['a plain key on a checkbox', press(), { tagName: 'INPUT', type: 'checkbox' }, true],
    ['a plain key on a button', press(), { tagName: 'BUTTON' }, true],
    ['a held-down key', press({ altKey: true, repeat: true }), { tagName: 'BODY' }, false],
    ['an input method composing', press({ altKey: true, isComposing: true }), null, false],
    ['a key another handler took', press({ altKey: true, defaultPrevented: true }), null, false],
  ];
  it.each(cases)('%s: %s', (_, p, target, seen) => {
    expect(shortcutsSee(p, target)).toBe(seen);
  });

  it('treats an input without a type as text', () => {
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
  });
});
