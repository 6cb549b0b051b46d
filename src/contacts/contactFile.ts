// What reading a contacts file (vCard or CSV) answers, and the checks both readers share. Every
// value in a file is hostile: a file is read whole or refused, naming the line at fault.
import type { ContactFields, ContactProblem } from './contact';

export const FILE_LIMITS = {
  /** Bytes of a file the UI reads at all (File.size), and characters of the text read from it. */
  bytes: 5 * 1024 * 1024,
  contacts: 10_000,
  /** Characters of one line that is read (vCard: unfolded; CSV: a row). */
  line: 16_384,
} as const;

export type FileProblem =
  | 'file-too-big'
  | 'too-many-contacts'
  | 'not-text'
  | 'no-contacts'
  | 'line-too-long'
  // vCard
  | 'not-vcard'
  | 'bad-vcard-line'
  | 'unclosed-card'
  // CSV
  | 'no-phone-column'
  | 'bad-quotes'
  | 'too-many-fields'
  // A contact the checker refuses for more than a missing name or number.
  | ContactProblem;

export type FileRead =
  | {
      ok: true;
      contacts: ContactFields[];
      /** Contacts left out for lack of a usable number or of any name. */
      skipped: number;
    }
  | { ok: false; problem: FileProblem; line: number };

export function refused(problem: FileProblem, line: number): FileRead {
  return { ok: false, problem, line };
}

/** Whether a file is too big to read, from its size in bytes (before reading it). */
export function fileTooBig(bytes: number): boolean {
  return !(bytes <= FILE_LIMITS.bytes);
}

// Control characters no text file holds (tab, line breaks and form feed aside), and the
// replacement character a decoder puts for bytes that are not text.
const NOT_TEXT = /(?![\t\n\r\f])[\p{Cc}\ufffd]/u;

/** The line (from 1) of the first sign that the text is binary; undefined when it looks like text. */
export function notTextLine(text: string): number | undefined {
  const at = text.search(NOT_TEXT);
  return at < 0 ? undefined : lineAt(text, at);
}

/**
 * The text of a file's bytes: UTF-8 (with or without BOM), else Windows-1252, which is what
 * Excel on an Italian or English Windows writes a CSV in.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The line (from 1) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** The first check of any file's text: size, then whether it is text; undefined when it passes. */
export function checkText(text: string): FileRead | undefined {
  if (text.length > FILE_LIMITS.bytes) return refused('file-too-big', 1);
  const garbage = notTextLine(text);
  return garbage === undefined ? undefined : refused('not-text', garbage);
}

/** Problems that leave one contact out rather than refusing the file. */
export function isSkipped(problem: ContactProblem): boolean {
  return problem === 'no-number' || problem === 'no-name';
}

// A number's kind as vCard TYPEs and CSV column names say it, in English and Italian.
const LABELS: [RegExp, string][] = [
  [/\b(cell|mobile|cellulare|iphone|mobile phone)\b/, 'mobile'],
  [/\bfax\b/, 'fax'],
  [/\b(work|business|company|ufficio|lavoro)\b/, 'work'],
  [/\b(home|casa|abitazione)\b/, 'home'],
  [/\b(main|principale|centralino)\b/, 'main'],
  [/\b(other|altro)\b/, 'other'],
];

/** The label importers give a number: 'mobile', 'fax', 'work', 'home', 'main', 'other' or ''. */
export function labelFor(words: string): string {
  const folded = words.toLowerCase();
  return LABELS.find(([pattern]) => pattern.test(folded))?.[1] ?? '';
}
