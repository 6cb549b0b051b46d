import { describe, expect, it } from 'vitest';
import { VERBS } from '../../src/actions/verbs';
import { comboToString, type KeyEventLike, parseCombo } from '../../src/hotkeys/keyCombo';
import { isReservedCombo } from '../../src/hotkeys/reserved';
import {
  type Bindings,
  checkBinding,
  checkBindings,
  defaultBindings,
  findConflicts,
  SHORTCUTS,
  shortcutFor,
} from '../../src/hotkeys/shortcuts';
import { translator } from '../translator';

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

describe('SHORTCUTS', () => {
  it('is the verbs with keys, each once, each with its own label in both languages', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(Object.values(VERBS).flatMap((v) => ('keys' in v ? [v.id] : [])));
    for (const language of ['en', 'it'] as const) {
      const labels = ids.map((id) => translator(language)(VERBS[id].label));
      expect(new Set(labels).size).toBe(ids.length);
    }
  });

  it.each(SHORTCUTS)('$id defaults to $defaultKeys: canonical and not reserved', (s) => {
    const combo = parseCombo(s.defaultKeys);
    expect(combo).toBeDefined();
    expect(comboToString(combo as NonNullable<typeof combo>)).toBe(s.defaultKeys);
    expect(isReservedCombo(combo as NonNullable<typeof combo>)).toBe(false);
  });

  it('has defaults without conflicts that pass the import check', () => {
    expect(findConflicts(defaultBindings())).toEqual([]);
    expect(checkBindings(defaultBindings())).toEqual({ ok: true, bindings: defaultBindings() });
  });
});

describe('findConflicts', () => {
  it('groups shortcuts bound to the same keys, however they are written', () => {
    const bindings: Bindings = {
      ...defaultBindings(),
      answer: 'shift + alt + d',
      mute: 'F2',
      hold: 'f2',
    };
    expect(findConflicts(bindings)).toEqual([
      { keys: 'Alt+Shift+D', ids: ['dialSelection', 'answer'] },
      { keys: 'F2', ids: ['hold', 'mute'] },
    ]);
  });

  it('ignores bindings that do not parse', () => {
    expect(findConflicts({ ...defaultBindings(), answer: 'nonsense', hangUp: 'nonsense' })).toEqual(
      [],
    );
  });
});

describe('checkBinding', () => {
  const bindings = defaultBindings();

  it.each([
    [
      'answer',
      'F2',
      { ok: true, combo: { ctrl: false, alt: false, shift: false, meta: false, key: 'F2' } },
    ],
    [
      'answer',
      'alt+shift+p',
      { ok: true, combo: { ctrl: false, alt: true, shift: true, meta: false, key: 'P' } },
    ],
    ['answer', '', { ok: false, error: 'unparsable' }],
    ['answer', 'Ctrl+Ctrl', { ok: false, error: 'unparsable' }],
    ['answer', '<img src=x onerror=alert(1)>', { ok: false, error: 'unparsable' }],
    ['answer', 'Ctrl+W', { ok: false, error: 'reserved' }],
    ['answer', 'F5', { ok: false, error: 'reserved' }],
    ['answer', 'A', { ok: false, error: 'reserved' }],
    ['answer', 'Ctrl+Alt+A', { ok: false, error: 'reserved' }],
    ['answer', 'Shift+Alt+D', { ok: false, error: 'conflict', with: 'dialSelection' }],
    ['redial', 'Alt+Shift+K', { ok: false, error: 'conflict', with: 'showHelp' }],
  ] as const)('%s bound to %j: %j', (id, text, expected) => {
    expect(checkBinding(id, text, bindings)).toEqual(expected);
  });
});

describe('shortcutFor', () => {
  const bindings = defaultBindings();

  it.each([
    ['US', press('D', 'KeyD', 'alt shift'), 'dialSelection'],
    ['AZERTY', press('D', 'KeyD', 'alt shift'), 'dialSelection'],
    ['Russian', press('В', 'KeyD', 'alt shift'), 'dialSelection'],
    ['macOS Option', press('Î', 'KeyD', 'alt shift'), 'dialSelection'],
    ['QWERTZ, labelled X', press('X', 'KeyX', 'alt shift'), 'hangUp'],
    ['macOS Option+Shift+K', press('\uF8FF', 'KeyK', 'alt shift'), 'showHelp'],
    ['without Shift', press('d', 'KeyD', 'alt'), undefined],
    ['typing', press('d', 'KeyD'), undefined],
    ['a lone modifier', press('Alt', 'AltLeft', 'alt shift'), undefined],
  ] as const)('%s', (_, event, expected) => {
    expect(shortcutFor(event, bindings)).toBe(expected);
  });

  it('follows a rebinding', () => {
    const rebound = { ...bindings, answer: 'F2' };
    expect(shortcutFor(press('F2', 'F2'), rebound)).toBe('answer');
    expect(shortcutFor(press('P', 'KeyP', 'alt shift'), rebound)).toBeUndefined();
  });

  it('skips a binding that does not parse', () => {
    expect(
      shortcutFor(press('D', 'KeyD', 'alt shift'), { ...bindings, dialSelection: '' }),
    ).toBeUndefined();
  });
});

describe('checkBindings', () => {
  it('fills shortcuts missing from an older file, drops unknown fields and writes keys canonically', () => {
    const check = checkBindings({ answer: ' f2 ', dialAll: 'F8', mute: 'shift+alt+m' });
    expect(check).toEqual({
      ok: true,
      bindings: { ...defaultBindings(), answer: 'F2', mute: 'Alt+Shift+M' },
    });
  });

  it('ignores inherited fields', () => {
    const polluted = JSON.parse('{"__proto__": {"answer": "Ctrl+W"}}');
    expect(checkBindings(polluted)).toEqual({ ok: true, bindings: defaultBindings() });
  });

  it.each([null, undefined, 'Alt+Shift+D', 42, [], ['F2']])('refuses %j', (input) => {
    expect(checkBindings(input)).toEqual({ ok: false, error: 'not-an-object' });
  });

  it.each([
    [{ hold: 5 }, { ok: false, error: 'unparsable', field: 'hold' }],
    [{ hold: null }, { ok: false, error: 'unparsable', field: 'hold' }],
    [{ hold: '' }, { ok: false, error: 'unparsable', field: 'hold' }],
    [{ hold: 'x'.repeat(100_000) }, { ok: false, error: 'unparsable', field: 'hold' }],
    [{ mute: 'Ctrl+Shift+I' }, { ok: false, error: 'reserved', field: 'mute' }],
    [
      { mute: 'Alt+Shift+D' },
      { ok: false, error: 'conflict', field: 'mute', with: 'dialSelection' },
    ],
    [
      { answer: 'F2', hangUp: 'F2' },
      { ok: false, error: 'conflict', field: 'hangUp', with: 'answer' },
    ],
  ])('%j: %j', (input, expected) => {
    expect(checkBindings(input)).toEqual(expected);
  });
});
