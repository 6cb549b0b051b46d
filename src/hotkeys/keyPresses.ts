// Which key presses the shortcuts see at all: not repeats, not input-method keys, and not plain
// keys typed into a field. Pure, so every case is a table row.

/** The parts of a key press that decide whether shortcuts see it at all. */
export interface KeyPress {
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  isComposing: boolean;
  defaultPrevented: boolean;
}

/** Where the key was pressed: the event target's tag, input type and editability. */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

// Input types that take no typing: keys there are free for shortcuts.
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/**
 * Whether shortcuts look at this key press. Not a held-down key's repeats (one press, one call),
 * not one an input method or another handler took, and not plain or Shift keys typed into a
 * field: there only Ctrl, Alt or ⌘ make a shortcut.
 */
export function shortcutsSee(press: KeyPress, target: KeyTarget | null): boolean {
  if (press.repeat || press.isComposing || press.defaultPrevented) return false;
  if (!isTypingTarget(target)) return true;
  return press.ctrlKey || press.altKey || press.metaKey;
}
