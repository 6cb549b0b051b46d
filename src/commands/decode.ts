// Undoes the percent-encoding links arrive with and refuses invisible characters, before any
// grammar sees the text.

// A browser hands a protocol handler the whole link encoded once; an e-mail client or a ?uri=
// wrapper may encode it again. Three rounds cover that; more is not a link anyone wrote.
const MAX_ROUNDS = 3;

/**
 * The text with percent-encoding undone until it no longer changes, or undefined when a `%` is
 * malformed (`%zz`, a cut `%E0%A4%A`, bad UTF-8) or still left after three rounds. No grammar
 * of ours has a literal `%`, so one left over is an error, not data.
 */
export function percentDecode(text: string): string | undefined {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS && current.includes('%'); round++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return undefined;
    }
  }
  return current.includes('%') ? undefined : current;
}

/**
 * C0, DEL, C1, and the invisible format characters that can make a link read differently from
 * what it does: bidi marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–202E,
 * U+2066–2069), zero-width characters, line and paragraph separators, the byte-order mark.
 */
function isForbidden(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff
  );
}

export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isForbidden(text.charCodeAt(i))) return true;
  }
  return false;
}
