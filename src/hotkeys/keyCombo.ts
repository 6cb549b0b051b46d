// Key combinations: parsing what the user types, showing them, and matching key presses
// on any keyboard layout. Pure; the UI hands in KeyboardEvents (or anything shaped like one).
//
// Layout rules, so that a shortcut means the key the user sees printed on their keyboard:
// - Letters match by `key` when it is a Latin letter: on AZERTY the key labelled A is A (its
//   `code` is KeyQ), on German QWERTZ the key labelled Z is Z (its `code` is KeyY).
// - When `key` is not printable ASCII, letters fall back to `code` (KeyA…KeyZ, the US position):
//   non-Latin layouts (Russian 'в' on KeyD is D, Greek 'δ' on KeyD is D), macOS Option turning
//   letters into symbols (Option+D gives '∂') and dead keys (Option+E gives 'Dead').
//   ASCII punctuation never falls back: on AZERTY ',' sits on KeyM and must not be M.
// - Digits match by `code` (Digit0…Digit9, and Numpad0…Numpad9 while NumLock makes them
//   digits), because the digit row's `key` depends on layout and Shift: AZERTY gives '&' for 1
//   unshifted, US gives '!' for Shift+1.
// - Symbols ('?', '/', ',' …) match by `key`, the character itself, and ignore Shift: whether
//   '?' or '/' needs Shift differs by layout ('/' is Shift+7 in Germany and Italy), so Shift
//   is not part of a symbol's combination (parseCombo drops it).
// - Named keys (Enter, arrows, F-keys…) match by `key`; Shift counts.

import { type KeyKind, keyFromText, kindOf, macGlyph, namedKeyFromEvent } from './keyNames';

export interface KeyCombo {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** Normalised: 'A'..'Z', '0'..'9', 'F1'..'F24', 'Enter', 'Space', 'ArrowUp', '/', '?' … */
  key: string;
}

/** The fields of a KeyboardEvent this module reads. */
export interface KeyEventLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

type Modifier = 'ctrl' | 'alt' | 'shift' | 'meta';

const MODIFIER_NAMES: Readonly<Record<string, Modifier>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  ctl: 'ctrl',
  '⌃': 'ctrl',
  alt: 'alt',
  option: 'alt',
  opt: 'alt',
  '⌥': 'alt',
  shift: 'shift',
  '⇧': 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
  '⌘': 'meta',
  win: 'meta',
  windows: 'meta',
  super: 'meta',
};
const MAC_MODIFIERS = /^[⌃⌥⇧⌘]/;
const ORDER: readonly Modifier[] = ['ctrl', 'alt', 'shift', 'meta'];
const LABELS: Readonly<Record<Modifier, { mac: string; other: string }>> = {
  ctrl: { mac: '⌃', other: 'Ctrl' },
  alt: { mac: '⌥', other: 'Alt' },
  shift: { mac: '⇧', other: 'Shift' },
  meta: { mac: '⌘', other: 'Meta' },
};
// Pressing only these makes no combination yet.
const MODIFIER_KEYS = new Set(['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS', 'Super']);
const MAX_TEXT = 64;
const PRINTABLE_ASCII = /^[ -~]$/;

/** Parses 'Ctrl+Shift+D', 'alt + d', 'Meta+K', 'F2', '⌥⇧D', 'Ctrl++'; undefined when invalid. */
export function parseCombo(text: string): KeyCombo | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return undefined;
  const combo: KeyCombo = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  let rest = text.trim();
  // macOS style: modifier glyphs run straight into the key ('⌃⌥⇧D').
  while (MAC_MODIFIERS.test(rest)) {
    if (!setModifier(combo, rest.charAt(0))) return undefined;
    // '⌘+K' is read like '⌘K'; '⌘+' and '⌘++' are the '+' key.
    rest = rest
      .slice(1)
      .trimStart()
      .replace(/^\+\s*(?=.)/, '');
  }
  // The '+' key itself: 'Ctrl++', 'Ctrl + +', or '+' alone.
  const plusKey = /^(.*?)\s*\+\s*\+$/.exec(rest);
  const head = plusKey ? (plusKey[1] ?? '') : undefined;
  const parts =
    rest === '+' ? ['+'] : head !== undefined ? [...splitHead(head), '+'] : rest.split('+');
  const keyText = parts.pop() ?? '';
  for (const part of parts) if (!setModifier(combo, part)) return undefined;
  const key = keyFromText(keyText);
  if (key === undefined) return undefined;
  combo.key = key;
  if (kindOf(key) === 'symbol') combo.shift = false;
  return combo;
}

function splitHead(head: string): string[] {
  return head.trim() === '' ? [] : head.split('+');
}

/** Sets the modifier a name stands for; false for an unknown name or one given twice. */
function setModifier(combo: KeyCombo, name: string): boolean {
  const modifier = MODIFIER_NAMES[name.replace(/\s+/g, '').toLowerCase()];
  if (modifier === undefined || combo[modifier]) return false;
  combo[modifier] = true;
  return true;
}

/** The canonical text kept in settings: 'Ctrl+Alt+Shift+Meta+D', modifiers in that order. */
export function comboToString(combo: KeyCombo): string {
  return [...ORDER.filter((m) => combo[m]).map((m) => LABELS[m].other), combo.key].join('+');
}

/** For people: '⌃⌥⇧⌘D' on macOS, 'Ctrl+Alt+Shift+D' elsewhere. */
export function formatCombo(combo: KeyCombo, platform: 'mac' | 'other'): string {
  if (platform === 'other') return comboToString(combo);
  return ORDER.filter((m) => combo[m])
    .map((m) => LABELS[m].mac)
    .concat(macGlyph(combo.key))
    .join('');
}

/** The combination a key press makes, or undefined for a lone modifier or an unknown key. */
export function comboFromEvent(e: KeyEventLike): KeyCombo | undefined {
  if (typeof e.key !== 'string' || typeof e.code !== 'string' || MODIFIER_KEYS.has(e.key)) {
    return undefined;
  }
  const key = keyOf(e);
  if (key === undefined) return undefined;
  const shift = kindOf(key) === 'symbol' ? false : e.shiftKey === true;
  return { ctrl: e.ctrlKey === true, alt: e.altKey === true, shift, meta: e.metaKey === true, key };
}

function keyOf(e: KeyEventLike): string | undefined {
  if (/^[a-z]$/i.test(e.key)) return e.key.toUpperCase();
  const digit = digitOf(e);
  if (digit !== undefined) return digit;
  const named = namedKeyFromEvent(e.key);
  if (named !== undefined) return named;
  if (kindOf(e.key) === 'symbol') return e.key;
  return letterByPosition(e);
}

function digitOf(e: KeyEventLike): string | undefined {
  const row = /^Digit([0-9])$/.exec(e.code);
  if (row) return row[1];
  // Without NumLock the keypad is arrows and Home/End: then its key says so.
  const pad = /^Numpad([0-9])$/.exec(e.code);
  return pad && /^[0-9]$/.test(e.key) ? pad[1] : undefined;
}

/** The letter by US position, only when `key` is not printable ASCII (see the header). */
function letterByPosition(e: KeyEventLike): string | undefined {
  if (PRINTABLE_ASCII.test(e.key)) return undefined;
  return /^Key([A-Z])$/.exec(e.code)?.[1];
}

/** Whether a key press is this combination, by the layout rules in the header. */
export function matchesCombo(combo: KeyCombo, e: KeyEventLike): boolean {
  if (typeof e.key !== 'string' || typeof e.code !== 'string') return false;
  const kind: KeyKind | undefined = kindOf(combo.key);
  if (
    combo.ctrl !== (e.ctrlKey === true) ||
    combo.alt !== (e.altKey === true) ||
    combo.meta !== (e.metaKey === true) ||
    (kind !== 'symbol' && combo.shift !== (e.shiftKey === true))
  ) {
    return false;
  }
  switch (kind) {
    case 'letter':
      return /^[a-z]$/i.test(e.key)
        ? e.key.toUpperCase() === combo.key
        : letterByPosition(e) === combo.key;
    case 'digit':
      return digitOf(e) === combo.key;
    case 'symbol':
      return e.key === combo.key;
    case 'function':
    case 'named':
      return namedKeyFromEvent(e.key) === combo.key;
    default:
      return false;
  }
}
