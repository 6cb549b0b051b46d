// The keyboard shortcuts: the verbs with keys, their bindings and the checks on them. Settings,
// the help dialog and the README table are built from SHORTCUTS.

import { type ShortcutId, VERB_LIST } from '../actions/verbs';
import {
  comboToString,
  type KeyCombo,
  type KeyEventLike,
  matchesCombo,
  parseCombo,
} from './keyCombo';
import { isReservedCombo } from './reserved';

export type { ShortcutId };

export interface ShortcutDef {
  id: ShortcutId;
  defaultKeys: string;
}

/** The verbs that have keys (src/actions/verbs.ts says which, and why those keys). */
export const SHORTCUTS: readonly ShortcutDef[] = VERB_LIST.flatMap((verb) =>
  verb.keys === undefined ? [] : [{ id: verb.id as ShortcutId, defaultKeys: verb.keys }],
);

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
