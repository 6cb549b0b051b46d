// Undoes the percent-encoding of a link's body and refuses invisible characters, before any
// grammar sees the text.

/**
 * The text with its percent-encoding undone once, or undefined when a `%` is malformed (`%zz`,
 * a cut `%E0%A4%A`, bad UTF-8) or one is still left: no grammar of ours has a literal `%`, so
 * one left over means the link was encoded twice, and a second round would read what its
 * author never wrote (`C%2520402` is not `C 402`). Each route undoes its own layer first:
 * `?uri=` decodes its query value once (locationLink.ts), and then this decodes the link.
 */
export function percentDecode(text: string): string | undefined {
  if (!text.includes('%')) return text;
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  return decoded.includes('%') ? undefined : decoded;
}

/**
 * The text percent-decoded once, or as written when it does not decode (a lone `%`, bad UTF-8):
 * for a value that is data either way, such as a SIP URI's user or a query value handed on.
 */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
