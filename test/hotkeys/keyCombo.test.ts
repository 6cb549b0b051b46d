import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comboFromEvent,
  comboToString,
  formatCombo,
  type KeyCombo,
  type KeyEventLike,
  matchesCombo,
  parseCombo,
} from '../../src/hotkeys/keyCombo';

/** A key press as a browser reports it; `mods` names the modifiers held ('ctrl alt shift meta'). */
function press(key: string, code: string, mods = ''): KeyEventLike {
  return {
    key,
    code,
    ctrlKey: mods.includes('ctrl'),
    altKey: mods.includes('alt'),
    shiftKey: mods.includes('shift'),
    metaKey: mods.includes('meta'),
  };
}

const combo = (text: string): KeyCombo => {
  const parsed = parseCombo(text);
  if (parsed === undefined) throw new Error(`test combo ${text} does not parse`);
  return parsed;
};

describe('parseCombo', () => {
  it.each([
    ['Ctrl+Shift+D', 'Ctrl+Shift+D'],
    ['alt + d', 'Alt+D'],
    ['Meta+K', 'Meta+K'],
    ['F2', 'F2'],
    ['f12', 'F12'],
    ['Shift+Alt+Ctrl+x', 'Ctrl+Alt+Shift+X'],
    ['CONTROL+option+x', 'Ctrl+Alt+X'],
    ['Cmd+Shift+p', 'Shift+Meta+P'],
    ['Win+1', 'Meta+1'],
    ['⌃⌥⇧⌘D', 'Ctrl+Alt+Shift+Meta+D'],
    ['⌥⇧ D', 'Alt+Shift+D'],
    ['⌘+K', 'Meta+K'],
    ['Ctrl++', 'Ctrl++'],
    ['Ctrl + +', 'Ctrl++'],
    ['Ctrl+Plus', 'Ctrl++'],
    ['⌘+', 'Meta++'],
    ['+', '+'],
    ['?', '?'],
    ['Alt+Shift+/', 'Alt+/'], // Shift is part of a symbol, not of the combination
    ['Ctrl+Page Up', 'Ctrl+PageUp'],
    ['esc', 'Escape'],
    ['Shift+Up', 'Shift+ArrowUp'],
    ['⌥↑', 'Alt+ArrowUp'],
    ['⌘⏎', 'Meta+Enter'],
    ['ctrl+space', 'Ctrl+Space'],
    ['Alt+Del', 'Alt+Delete'],
  ])('%j is %j', (text, canonical) => {
    expect(comboToString(combo(text))).toBe(canonical);
  });

  it.each([
    '',
    '   ',
    'Ctrl',
    'Ctrl+Shift',
    '⌘',
    'Ctrl+Ctrl+D',
    '⌘⌘K',
    'Hyper+D',
    'Ctrl+DD',
    'Ctrl+ò',
    'Ctrl+в',
    'D+',
    'Ctrl++D',
    'Ctrl+Shift+D+E',
    'F0',
    'F25',
    '<script>',
    'a'.repeat(1000),
    '\u0000',
    'Ctrl+\u0007',
    'Ctrl+😀',
    'Ctrl+ +D',
  ])('%j is refused', (text) => {
    expect(parseCombo(text)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    expect(parseCombo(undefined as unknown as string)).toBeUndefined();
    expect(parseCombo({} as unknown as string)).toBeUndefined();
  });
});

describe('formatCombo', () => {
  it.each([
    ['Alt+Shift+D', '⌥⇧D', 'Alt+Shift+D'],
    ['Ctrl+Alt+Shift+Meta+K', '⌃⌥⇧⌘K', 'Ctrl+Alt+Shift+Meta+K'],
    ['Meta+Shift+Enter', '⇧⌘↩', 'Shift+Meta+Enter'],
    ['Alt+ArrowLeft', '⌥←', 'Alt+ArrowLeft'],
    ['Ctrl+Space', '⌃Space', 'Ctrl+Space'],
    ['F2', 'F2', 'F2'],
    ['Ctrl++', '⌃+', 'Ctrl++'],
  ])('%j shows as %j on a Mac and %j elsewhere', (text, mac, other) => {
    expect(formatCombo(combo(text), 'mac')).toBe(mac);
    expect(formatCombo(combo(text), 'other')).toBe(other);
  });

  const keys = [
    'A',
    'Z',
    '0',
    '9',
    'F1',
    'F12',
    'Enter',
    'Space',
    'Escape',
    'Tab',
    'ArrowUp',
    'PageDown',
    'Delete',
    'Home',
    '/',
    '?',
    '+',
    ',',
  ];
  const anyCombo = fc.record({
    ctrl: fc.boolean(),
    alt: fc.boolean(),
    shift: fc.boolean(),
    meta: fc.boolean(),
    key: fc.constantFrom(...keys),
  });

  it('reads back what it writes, in both forms and in storage', () => {
    fc.assert(
      fc.property(anyCombo, (c) => {
        const canonical = parseCombo(comboToString(c));
        expect(canonical).toBeDefined();
        expect(parseCombo(formatCombo(c, 'mac'))).toEqual(canonical);
        expect(parseCombo(formatCombo(c, 'other'))).toEqual(canonical);
        expect(parseCombo(comboToString(canonical as KeyCombo))).toEqual(canonical);
      }),
    );
  });
});

// Real key presses, as Chrome and Firefox report them on each layout.
const LAYOUTS: ReadonlyArray<[string, KeyEventLike, string | undefined]> = [
  ['US: Alt+Shift+D', press('D', 'KeyD', 'alt shift'), 'Alt+Shift+D'],
  ['US: Ctrl+Shift+/ is Ctrl+?', press('?', 'Slash', 'ctrl shift'), 'Ctrl+?'],
  ['US: Shift+1 is Shift+1, not !', press('!', 'Digit1', 'shift'), 'Shift+1'],
  ['US: keypad 1 with NumLock', press('1', 'Numpad1', 'alt'), 'Alt+1'],
  ['US: keypad 1 without NumLock is End', press('End', 'Numpad1', 'alt'), 'Alt+End'],
  ['US: Caps Lock on, no Shift', press('D', 'KeyD', 'alt'), 'Alt+D'],
  ['US: F2', press('F2', 'F2'), 'F2'],
  ['US: Space', press(' ', 'Space', 'ctrl'), 'Ctrl+Space'],
  ['Italian: / is Shift+7', press('/', 'Digit7', 'shift'), 'Shift+7'],
  ["Italian: ? is Shift+'", press('?', 'Minus', 'alt shift'), 'Alt+?'],
  ['Italian: ò has no combination', press('ò', 'Semicolon', 'alt'), undefined],
  ['Italian: Alt+Shift+D', press('D', 'KeyD', 'alt shift'), 'Alt+Shift+D'],
  ['AZERTY: the key labelled A (KeyQ)', press('a', 'KeyQ', 'alt shift'), 'Alt+Shift+A'],
  ['AZERTY: the key labelled Q (KeyA)', press('q', 'KeyA', 'alt'), 'Alt+Q'],
  ['AZERTY: the key labelled M (Semicolon)', press('m', 'Semicolon', 'alt'), 'Alt+M'],
  ['AZERTY: comma sits on KeyM and stays a comma', press(',', 'KeyM', 'alt'), 'Alt+,'],
  ['AZERTY: & is the 1 key', press('&', 'Digit1', 'ctrl'), 'Ctrl+1'],
  ['AZERTY: é is the 2 key', press('é', 'Digit2', 'alt'), 'Alt+2'],
  ['AZERTY: Shift+1 gives 1', press('1', 'Digit1', 'alt shift'), 'Alt+Shift+1'],
  ['QWERTZ: the key labelled Z (KeyY)', press('z', 'KeyY', 'alt shift'), 'Alt+Shift+Z'],
  ['QWERTZ: the key labelled Y (KeyZ)', press('y', 'KeyZ', 'alt'), 'Alt+Y'],
  ['QWERTZ: ? is Shift+ß', press('?', 'Minus', 'shift'), '?'],
  ['QWERTZ: AltGr+Q on Windows is Ctrl+Alt+@', press('@', 'KeyQ', 'ctrl alt'), 'Ctrl+Alt+@'],
  ['Russian: в is D', press('в', 'KeyD', 'alt shift'), 'Alt+Shift+D'],
  ['Russian: В (Shift) is D', press('В', 'KeyD', 'alt shift'), 'Alt+Shift+D'],
  ['Russian: ю has no ASCII letter place', press('ю', 'Period', 'alt'), undefined],
  ['Greek: δ is D', press('δ', 'KeyD', 'ctrl'), 'Ctrl+D'],
  ['macOS: Option+D gives ∂', press('∂', 'KeyD', 'alt'), 'Alt+D'],
  ['macOS: Option+Shift+D gives Î', press('Î', 'KeyD', 'alt shift'), 'Alt+Shift+D'],
  [
    'macOS: Option+Shift+K gives the Apple logo',
    press('\uF8FF', 'KeyK', 'alt shift'),
    'Alt+Shift+K',
  ],
  ['macOS: Option+E is a dead key', press('Dead', 'KeyE', 'alt'), 'Alt+E'],
  ['macOS: Cmd+K', press('k', 'KeyK', 'meta'), 'Meta+K'],
  ['macOS: Option+/ gives ÷, no combination', press('÷', 'Slash', 'alt'), undefined],
  ['IME composing', press('Process', 'KeyA', ''), 'A'],
  ['lone Shift', press('Shift', 'ShiftLeft', 'shift'), undefined],
  ['lone Control', press('Control', 'ControlRight', 'ctrl'), undefined],
  ['lone AltGraph', press('AltGraph', 'AltRight', 'ctrl alt'), undefined],
  ['lone Meta', press('Meta', 'MetaLeft', 'meta'), undefined],
  ['unidentified key', press('Unidentified', '', 'alt'), undefined],
  ['empty event', press('', ''), undefined],
  ['hostile key', press('<script>'.repeat(100), 'KeyA'.repeat(100), 'alt'), undefined],
];

describe('comboFromEvent', () => {
  it.each(LAYOUTS)('%s', (_, event, expected) => {
    const found = comboFromEvent(event);
    expect(found === undefined ? undefined : comboToString(found)).toBe(expected);
  });

  it('refuses an event whose fields are not strings', () => {
    expect(comboFromEvent({ ...press('a', 'KeyA'), key: 5 as unknown as string })).toBeUndefined();
  });
});

describe('matchesCombo', () => {
  it.each(LAYOUTS.filter(([, , c]) => c !== undefined))(
    '%s matches what it makes',
    (_, event, text) => {
      expect(matchesCombo(combo(text as string), event)).toBe(true);
    },
  );

  it.each([
    ['Alt+Shift+D', press('D', 'KeyD', 'alt shift'), true],
    ['Alt+Shift+D', press('d', 'KeyD', 'alt'), false], // Shift counts for letters
    ['Alt+Shift+D', press('D', 'KeyD', 'alt shift ctrl'), false], // and so do extra modifiers
    ['Alt+Shift+D', press('∂', 'KeyD', 'alt shift meta'), false],
    ['Alt+Shift+Z', press('z', 'KeyY', 'alt shift'), true], // QWERTZ: by the label
    ['Alt+Shift+Y', press('z', 'KeyY', 'alt shift'), false],
    ['Alt+Shift+A', press('q', 'KeyA', 'alt shift'), false], // AZERTY: KeyA is labelled Q
    ['Alt+M', press(',', 'KeyM', 'alt'), false], // AZERTY comma
    ['Alt+M', press('m', 'Semicolon', 'alt'), true],
    ['Alt+Shift+D', press('в', 'KeyD', 'alt shift'), true], // Russian
    ['Alt+D', press('∂', 'KeyD', 'alt'), true], // macOS Option
    ['Ctrl+1', press('&', 'Digit1', 'ctrl'), true], // AZERTY
    ['Ctrl+1', press('1', 'Numpad1', 'ctrl'), true],
    ['Ctrl+1', press('End', 'Numpad1', 'ctrl'), false],
    ['Ctrl+1', press('1', 'Digit1', 'ctrl shift'), false],
    ['Shift+7', press('/', 'Digit7', 'shift'), true], // Italian '/'
    ['/', press('/', 'Digit7', 'shift'), true], // and the same press as the symbol
    ['/', press('/', 'Slash', ''), true], // US
    ['?', press('?', 'Slash', 'shift'), true], // US
    ['?', press('?', 'KeyM', 'shift'), true], // AZERTY
    ['?', press('?', 'Minus', 'shift'), true], // QWERTZ and Italian
    ['Alt+?', press('?', 'Slash', 'shift'), false],
    ['?', press('/', 'Slash', ''), false],
    ['Shift+Enter', press('Enter', 'NumpadEnter', 'shift'), true],
    ['Enter', press('Enter', 'Enter', 'shift'), false],
    ['F2', press('F2', 'F2'), true],
    ['F2', press('F2', 'F2', 'alt'), false],
    ['Ctrl+Space', press(' ', 'Space', 'ctrl'), true],
    ['Alt+Shift+D', press('', '', 'alt shift'), false],
    ['Alt+Shift+D', press('Dead', 'Quote', 'alt shift'), false],
  ] as const)('%s against %j is %s', (text, event, expected) => {
    expect(matchesCombo(combo(text), event)).toBe(expected);
  });
});
