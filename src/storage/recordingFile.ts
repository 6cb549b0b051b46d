// The name a downloaded recording is saved under: date, time and the other party's number, with
// anything a file system could choke on (or a caller could smuggle in: slashes, dots, controls)
// replaced, so the name is always one plain file in the downloads folder.

const MAX_NUMBER_CHARS = 32;

const EXTENSIONS: [RegExp, string][] = [
  [/^audio\/webm\b/i, 'webm'],
  [/^audio\/ogg\b/i, 'ogg'],
  [/^audio\/mp4\b/i, 'm4a'],
];

/** Letters, digits and '+' stay; every other run of characters becomes one '_'. */
export function fileNamePart(text: string): string {
  const kept = text
    .normalize('NFKD')
    // An accent is a mark of its own once decomposed: dropped, so ü stays a u.
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9+]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_NUMBER_CHARS)
    .replace(/_+$/, '');
  return kept === '' ? 'unknown' : kept;
}

const two = (n: number) => String(n).padStart(2, '0');

/** call-2026-12-03-093015-101.webm, in local time (the time the user saw on the history row). */
export function recordingFileName(startedAt: number, number: string, mimeType: string): string {
  const at = new Date(startedAt);
  const date = Number.isFinite(at.getTime())
    ? `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`
    : 'undated';
  const extension = EXTENSIONS.find(([type]) => type.test(mimeType))?.[1] ?? 'audio';
  return `call-${date}-${fileNamePart(number)}.${extension}`;
}
