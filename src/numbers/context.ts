// What surrounds a number in text: the words before it in its sentence, the word after it, and
// whether its digits run on into a date, a time, an amount or a code. Every look is bounded, so
// the whole scan stays linear however many numbers hostile text holds.

/** A number found in text: where it is and what the plan dials for it. */
export interface Candidate {
  start: number;
  end: number;
  dial: string;
}

// Far enough back for 'call Mr Mario Rossi on 102'; further back is another thought.
const LOOK_BACK = 80;
const MAX_WORDS = 8;
const TOKEN = /\p{L}+(?:\.\p{L}+)*\.?|[0-9]+|[#€$£¥%°º]|[\n;!?]/gu;
// 'tomorrow. 102' ends a sentence; 'Tel. 102', 'Sig. Rossi', 'Dott. Bianchi' do not.
const SENTENCE_END = /^(?:[\n;!?]|\p{L}{5,}\.)$/u;

/** The words before `start`, nearest first, back to the start of the sentence. */
export function wordsBefore(text: string, start: number): string[] {
  const from = Math.max(0, start - LOOK_BACK);
  const tokens = [...text.slice(from, start).matchAll(TOKEN)];
  // A word cut by the window's edge is not a word of the text.
  if (from > 0 && tokens[0]?.index === 0 && /\p{L}/u.test(text[from - 1] ?? '')) tokens.shift();
  const found: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && found.length < MAX_WORDS; i--) {
    const token = tokens[i]?.[0] ?? '';
    if (SENTENCE_END.test(token)) break;
    found.push(normalised(token));
  }
  return found;
}

/** The word or symbol right after `end`, past at most a few spaces ('' when there is none). */
export function wordAfter(text: string, end: number): string {
  const next = /^[ \t\u00A0]{0,3}(\p{L}+|[#€$£¥%°º])/u.exec(text.slice(end, end + 24));
  return normalised(next?.[1] ?? '');
}

function normalised(word: string): string {
  return word.toLowerCase().replace(/\./g, '');
}

// What joins digit groups in dates, times, amounts, versions and addresses: 12/03, 10:30,
// 1.200,00, 1.2.3, 192.168; a single space too, as in '12 03 2024' or '02 1234'.
const JOINER = /^[\s.,:/\-–]$/;
const DIGIT = /^[0-9]$/;

/** Whether a digit group ends right before `start`, joined to it: '2024/102', '12.03'. */
export function joinedBefore(text: string, start: number, joiner = JOINER): boolean {
  return joiner.test(text[start - 1] ?? '') && DIGIT.test(text[start - 2] ?? '');
}

/** Whether a digit group follows `end`, joined to it by `joiner`: '102,50', '10.30'. */
export function joinedAfter(text: string, end: number, joiner = JOINER): boolean {
  return joiner.test(text[end] ?? '') && DIGIT.test(text[end + 1] ?? '');
}

/**
 * Whether the digits at start..end belong to something larger: a letter or another digit group
 * right next to them ('SW1A', '12th', '12.03.2024', '1.200,00', '2024/102'), or a sign that
 * makes them an amount or a count ('€102', '102%', '#102', '+102').
 */
export function runsOn(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) return true;
  if (/^[#€$£¥+*'’°º]$/.test(before) || /^[%°º€$£¥'’]$/.test(after)) return true;
  return joinedBefore(text, start) || joinedAfter(text, end);
}
