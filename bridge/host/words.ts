// Splits a rule's TRUSTED template into words the way a POSIX shell would for a simple command,
// and nothing more: whitespace separates, '…' keeps everything literal, "…" keeps everything but
// \" and \\, and a backslash outside quotes takes the next character as it is. No variables,
// globs, pipes or comments: the words go to execFile, which no shell reads.
//
// Only the template is split, never a call's values: those are put inside the words afterwards
// (argv.ts), so a value can neither make a new argument nor join two.

export type Words = { ok: true; words: string[] } | { ok: false; problem: string };

const SPACE = /[ \t\n\r]/;

export function splitWords(template: string): Words {
  const words: string[] = [];
  let word = '';
  // A word has started even when it is empty so far: '' is an argument of its own.
  let inWord = false;
  let i = 0;
  while (i < template.length) {
    const c = template[i] as string;
    if (SPACE.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = template.indexOf("'", i + 1);
      if (end < 0) return { ok: false, problem: 'has a single quote that is not closed' };
      word += template.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      const read = readDoubleQuoted(template, i + 1);
      if (read === undefined)
        return { ok: false, problem: 'has a double quote that is not closed' };
      word += read.text;
      inWord = true;
      i = read.end + 1;
    } else if (c === '\\') {
      if (i + 1 >= template.length) return { ok: false, problem: 'ends with a lone backslash' };
      word += template[i + 1];
      inWord = true;
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}

/** The text of a "…" from `start` (just after the quote) and where its closing quote is. */
function readDoubleQuoted(
  template: string,
  start: number,
): { text: string; end: number } | undefined {
  let text = '';
  for (let i = start; i < template.length; i++) {
    const c = template[i];
    if (c === '"') return { text, end: i };
    if (c === '\\' && (template[i + 1] === '"' || template[i + 1] === '\\')) {
      text += template[i + 1];
      i++;
    } else {
      text += c;
    }
  }
  return undefined;
}
