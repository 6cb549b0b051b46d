// The app's keyboard shortcuts, declared once: settings, the help dialog and the README table
// are built from SHORTCUTS. Labels live in the UI's dictionaries under `shortcut.<id>`.

import {
  comboToString,
  type KeyCombo,
  type KeyEventLike,
  matchesCombo,
  parseCombo,
} from './keyCombo';
import { isReservedCombo } from './reserved';

export type ShortcutId =
  | 'dialSelection'
  | 'answer'
  | 'hangUp'
  | 'hold'
  | 'mute'
  | 'focusDialBox'
  | 'redial'
  | 'showHelp';

export interface ShortcutDef {
  id: ShortcutId;
  defaultKeys: string;
}

// Defaults are Alt+Shift+letter. Why that family: Ctrl/⌘+letter is all taken by browsers and
// text editing, Ctrl+Alt is AltGr on Windows, plain keys type into fields, and F-keys sit behind
// Fn on Mac laptops. Alt+Shift+letter is free in Chrome and Firefox on Windows, Linux and macOS
// (where Option+Shift only types symbols, which keyCombo.ts matches by key position), except the
// letters avoided below: Chrome's T B I A (reserved.ts), Firefox's menu letters F E V S B T H
// (Windows menus may answer Alt+Shift too), and ChromeOS's L S N M.
export const SHORTCUTS: readonly ShortcutDef[] = [
  { id: 'dialSelection', defaultKeys: 'Alt+Shift+D' }, // D: dial
  { id: 'answer', defaultKeys: 'Alt+Shift+P' }, // P: pick up (A is Chrome's)
  { id: 'hangUp', defaultKeys: 'Alt+Shift+X' }, // X: close the call (E is a Firefox menu)
  { id: 'hold', defaultKeys: 'Alt+Shift+O' }, // O: on hold (H is Firefox's Help menu)
  { id: 'mute', defaultKeys: 'Alt+Shift+U' }, // U: mUte (M is ChromeOS's Files app)
  { id: 'focusDialBox', defaultKeys: 'Alt+Shift+C' }, // C: call box (N is ChromeOS's)
  { id: 'redial', defaultKeys: 'Alt+Shift+R' }, // R: redial
  { id: 'showHelp', defaultKeys: 'Alt+Shift+K' }, // K: keys ('?' would type into fields)
];

/** English labels for the README table generator; the app itself uses its dictionaries. */
export const SHORTCUT_LABELS_EN: Readonly<Record<ShortcutId, string>> = {
  dialSelection: 'Dial the selection or the clipboard',
  answer: 'Answer',
  hangUp: 'Hang up',
  hold: 'Hold',
  mute: 'Mute',
  focusDialBox: 'Focus the dial box',
  redial: 'Redial the last number',
  showHelp: 'Show the shortcuts',
};

/** Keys for each shortcut, as comboToString writes them. */
export type Bindings = Record<ShortcutId, string>;

export type BindingError = 'unparsable' | 'reserved' | 'conflict';

export type BindingCheck =
  | { ok: true; combo: KeyCombo }
  | { ok: false; error: BindingError; with?: ShortcutId };

export type BindingsCheck =
  | { ok: true; bindings: Bindings }
  | { ok: false; error: 'not-an-object' }
  | { ok: false; error: BindingError; field: ShortcutId; with?: ShortcutId };

export function defaultBindings(): Bindings {
  return Object.fromEntries(SHORTCUTS.map((s) => [s.id, s.defaultKeys])) as Bindings;
}

/** Shortcuts bound to the same keys, grouped; unparsable bindings are nobody's conflict. */
export function findConflicts(bindings: Bindings): Array<{ keys: string; ids: ShortcutId[] }> {
  const groups = new Map<string, ShortcutId[]>();
  for (const { id } of SHORTCUTS) {
    const combo = parseCombo(bindings[id]);
    if (combo === undefined) continue;
    const keys = comboToString(combo);
    groups.set(keys, [...(groups.get(keys) ?? []), id]);
  }
  return [...groups].filter(([, ids]) => ids.length > 1).map(([keys, ids]) => ({ keys, ids }));
}

/** Whether `text` may become the keys of shortcut `id`, given the other bindings. */
export function checkBinding(id: ShortcutId, text: string, bindings: Bindings): BindingCheck {
  const combo = parseCombo(text);
  if (combo === undefined) return { ok: false, error: 'unparsable' };
  if (isReservedCombo(combo)) return { ok: false, error: 'reserved' };
  const keys = comboToString(combo);
  for (const other of SHORTCUTS) {
    if (other.id === id) continue;
    const otherCombo = parseCombo(bindings[other.id]);
    if (otherCombo !== undefined && comboToString(otherCombo) === keys) {
      return { ok: false, error: 'conflict', with: other.id };
    }
  }
  return { ok: true, combo };
}

/** The shortcut a key press triggers, if any (first in SHORTCUTS order). */
export function shortcutFor(event: KeyEventLike, bindings: Bindings): ShortcutId | undefined {
  for (const { id } of SHORTCUTS) {
    const combo = parseCombo(bindings[id]);
    if (combo !== undefined && matchesCombo(combo, event)) return id;
  }
  return undefined;
}

/**
 * Checks bindings from imported settings. A shortcut missing from the input keeps its default
 * (files exported before it existed); unknown fields are dropped; keys come back canonical.
 */
export function checkBindings(input: unknown): BindingsCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'not-an-object' };
  }
  const bindings = defaultBindings();
  for (const { id } of SHORTCUTS) {
    const value: unknown = Object.hasOwn(input, id)
      ? (input as Record<string, unknown>)[id]
      : bindings[id];
    const combo = typeof value === 'string' ? parseCombo(value) : undefined;
    if (combo === undefined) return { ok: false, error: 'unparsable', field: id };
    if (isReservedCombo(combo)) return { ok: false, error: 'reserved', field: id };
    bindings[id] = comboToString(combo);
  }
  const [conflict] = findConflicts(bindings);
  if (conflict !== undefined) {
    const [first, second] = conflict.ids as [ShortcutId, ShortcutId];
    return { ok: false, error: 'conflict', field: second, with: first };
  }
  return { ok: true, bindings };
}
