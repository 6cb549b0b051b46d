// The names a key may have in a combination: what users type, what KeyboardEvent.key says,
// and what macOS menus show. keyCombo.ts builds on these; nothing else needs them.

/** Keys that are not characters, under the names KeyboardEvent.key gives them (Space aside). */
const NAMED_KEYS = [
  'Enter',
  'Space',
  'Escape',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
] as const;

/** macOS menu glyphs; other keys show their name. */
const MAC_GLYPHS: Readonly<Record<string, string>> = {
  Enter: '↩',
  Escape: '⎋',
  Tab: '⇥',
  Backspace: '⌫',
  Delete: '⌦',
  Home: '↖',
  End: '↘',
  PageUp: '⇞',
  PageDown: '⇟',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

// Lower-case spellings users type (and old browsers' event names: 'Esc', 'Up', 'Spacebar').
const ALIASES: Readonly<Record<string, string>> = {
  return: 'Enter',
  '⏎': 'Enter',
  spacebar: 'Space',
  esc: 'Escape',
  del: 'Delete',
  ins: 'Insert',
  pgup: 'PageUp',
  pgdn: 'PageDown',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  plus: '+',
};

const BY_LOWER_NAME = new Map<string, string>();
for (const name of NAMED_KEYS) BY_LOWER_NAME.set(name.toLowerCase(), name);
for (const [name, glyph] of Object.entries(MAC_GLYPHS)) BY_LOWER_NAME.set(glyph, name);
for (const [alias, name] of Object.entries(ALIASES)) BY_LOWER_NAME.set(alias, name);

const LETTER = /^[A-Z]$/;
const DIGIT = /^[0-9]$/;
const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;
// Printable ASCII that is neither letter, digit nor space: the character is the key.
const SYMBOL = /^[!-/:-@[-`{-~]$/;

export type KeyKind = 'letter' | 'digit' | 'function' | 'named' | 'symbol';

/** What sort of normalised key this is, or undefined when it is not one. */
export function kindOf(key: string): KeyKind | undefined {
  if (LETTER.test(key)) return 'letter';
  if (DIGIT.test(key)) return 'digit';
  if (FUNCTION_KEY.test(key)) return 'function';
  if (SYMBOL.test(key)) return 'symbol';
  return (NAMED_KEYS as readonly string[]).includes(key) ? 'named' : undefined;
}

/** The normalised key for a name the user typed ('d', 'f2', 'Esc', 'Page Up', '↑', '?'). */
export function keyFromText(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 1) {
    const upper = compact.toUpperCase();
    if (LETTER.test(upper) || DIGIT.test(upper) || SYMBOL.test(upper)) return upper;
  }
  const lower = compact.toLowerCase();
  if (FUNCTION_KEY.test(lower.toUpperCase())) return lower.toUpperCase();
  return BY_LOWER_NAME.get(lower);
}

/** The named key for KeyboardEvent.key, or undefined when it is not one of NAMED_KEYS. */
export function namedKeyFromEvent(eventKey: string): string | undefined {
  if (eventKey === ' ') return 'Space';
  if (FUNCTION_KEY.test(eventKey)) return eventKey;
  const name = BY_LOWER_NAME.get(eventKey.toLowerCase());
  return name !== undefined && kindOf(name) === 'named' ? name : undefined;
}

export function macGlyph(key: string): string {
  return MAC_GLYPHS[key] ?? key;
}
