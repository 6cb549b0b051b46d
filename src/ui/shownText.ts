// A caller's name or number as the screen shows it. The call facts keep exactly what the caller
// sent (Integra passes it on); here it is made safe to look at without hiding what it says.

// A tab is whitespace: runs of spaces and tabs show as one space.
const SPACES = /[\t\p{Zs}]+/gu;
// Other C0/C1 controls (NUL, line breaks, bell) are invisible or break the line: shown as U+FFFD,
// so the user sees that the name holds something, rather than a name silently edited.
const CONTROLS = /\p{Cc}/gu;
const REPLACEMENT = '\uFFFD';

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const PDF = '\u202C';
const PDI = '\u2069';
// No real name nests this deep; past it the bidi algorithm stops counting and an isolate leaks.
const MAX_DEPTH = 16;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * For a `<bdi>` (an isolate: overrides inside cannot reorder the text around it). Bidi controls
 * stay, except those that could end that isolate early: a PDI closing nothing, or too deep.
 */
export function shownText(text: string): string {
  const stack: boolean[] = []; // true for an isolate, false for an embedding or override
  let shown = '';
  for (const ch of text.replace(SPACES, ' ').replace(CONTROLS, REPLACEMENT).trim()) {
    let keep = true;
    if (EMBEDDINGS.has(ch) || ISOLATES.has(ch)) {
      keep = stack.length < MAX_DEPTH;
      if (keep) stack.push(ISOLATES.has(ch));
    } else if (ch === PDF) {
      if (stack.at(-1) === false) stack.pop();
    } else if (ch === PDI) {
      const open = stack.lastIndexOf(true);
      keep = open >= 0;
      if (keep) stack.length = open;
    }
    shown += keep ? ch : REPLACEMENT;
  }
  return shown;
}

/**
 * For plain text that cannot hold a `<bdi>` (window title, notification, tooltip): the shown
 * text inside FSI…PDI when it holds bidi controls, which is what `<bdi>` does.
 */
export function isolated(text: string): string {
  const shown = shownText(text);
  return BIDI_CONTROLS.test(shown) ? `\u2068${shown}\u2069` : shown;
}

const MAX_QUOTED = 40;
// Escaped as \u{…} in a message, so it names every character of a refused value.
const INVISIBLE = /[\p{Cc}\p{Cs}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069"\\]/gu;

/** A refused value in a message: quoted, invisible characters escaped, at most 40 shown. */
export function quotedValue(value: string): string {
  const chars = [...value];
  const head = chars.slice(0, MAX_QUOTED).join('');
  const escaped = head.replace(INVISIBLE, (ch) =>
    ch === '"' || ch === '\\' ? `\\${ch}` : `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`,
  );
  return `"${escaped}${chars.length > MAX_QUOTED ? '…' : ''}"`;
}
