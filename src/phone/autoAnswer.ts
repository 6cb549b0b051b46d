// Auto-answer: the user's setting, and what an incoming INVITE asks for. Intercom and paging
// calls carry one of the headers desk phones honour (docs/using.md lists them); every value is
// the caller's, so anything unclear, too large or malformed asks for nothing.

export type AutoAnswerMode = 'off' | 'always' | 'pbx';

export interface AutoAnswerSettings {
  /** off; every call after `delaySeconds`; only the calls the PBX asks to (intercom, paging). */
  mode: AutoAnswerMode;
  /** For 'always': whole seconds from 0 to MAX_AUTO_ANSWER_SECONDS. */
  delaySeconds: number;
}

export const AUTO_ANSWER_MODES: readonly AutoAnswerMode[] = ['off', 'always', 'pbx'];
export const MAX_AUTO_ANSWER_SECONDS = 60;

export const DEFAULT_AUTO_ANSWER: AutoAnswerSettings = { mode: 'off', delaySeconds: 3 };

/** The INVITE's values of the headers that can ask, every element of each comma list. */
export interface AnswerHeaders {
  callInfo: readonly string[];
  alertInfo: readonly string[];
  answerMode: readonly string[];
}

// No honest element is longer; a longer one is not read at all.
const MAX_ELEMENT = 512;
// Alert-Info words and `info=` values that mean "answer by itself" (Snom, Yealink, Aastra,
// Polycom, FreePBX's intercom); `intercom` too, as Broadsoft-style PBXs write it.
const AUTO_WORDS = new Set([
  'auto-answer',
  'autoanswer',
  'alert-autoanswer',
  'ring-answer',
  'intercom',
]);

/**
 * How long after it arrives the PBX asks this call be answered, in ms; undefined when it does
 * not ask. Several asks: the soonest. A delay above the maximum is not believed (the call rings
 * as any other), never cut short: the phone must not answer sooner than it was asked.
 */
export function pbxAnswerAfterMs(headers: AnswerHeaders): number | undefined {
  const delays: number[] = [];
  for (const element of readable(headers.callInfo)) {
    const params = paramsOf(element);
    if (params.has('answer-after')) pushSeconds(delays, params.get('answer-after'));
  }
  for (const element of readable(headers.alertInfo)) {
    const params = paramsOf(element);
    const bare = /^[^<]*$/.test(element) && !element.includes('=') ? word(element) : undefined;
    const info = params.get('info');
    if (bare !== undefined && AUTO_WORDS.has(bare)) delays.push(0);
    else if (info !== undefined && AUTO_WORDS.has(word(info))) {
      // Snom's `delay=N` goes with its info; without one, at once.
      if (params.has('delay')) pushSeconds(delays, params.get('delay'));
      else delays.push(0);
    }
  }
  // RFC 5373: `Answer-Mode: Auto` (with or without `;require`).
  for (const element of readable(headers.answerMode)) {
    if (word(element.split(';')[0] ?? '') === 'auto') delays.push(0);
  }
  return delays.length === 0 ? undefined : Math.min(...delays) * 1000;
}

/**
 * The delay before the phone answers this incoming call itself, in ms, or undefined: not when
 * the setting is off, else the sooner of the setting's delay (every call) and the PBX's ask.
 * Whether it is the only call, and do not disturb, the caller decides (app/autoAnswer.ts).
 */
export function autoAnswerDelayMs(
  settings: AutoAnswerSettings,
  pbxAskMs: number | undefined,
): number | undefined {
  if (settings.mode === 'off') return undefined;
  if (settings.mode === 'pbx') return pbxAskMs;
  const own = settings.delaySeconds * 1000;
  return pbxAskMs === undefined ? own : Math.min(own, pbxAskMs);
}

/** A setting's delay, as typed or stored: a whole number of seconds in range, else undefined. */
export function delaySecondsOf(input: unknown): number | undefined {
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 0 && input <= MAX_AUTO_ANSWER_SECONDS
      ? input
      : undefined;
  }
  return typeof input === 'string' ? secondsOf(input.trim()) : undefined;
}

function readable(values: readonly string[]): string[] {
  return values.filter((value) => typeof value === 'string' && value.length <= MAX_ELEMENT);
}

/** Lower-case, spaces and underscores as dashes: `Auto Answer` and `auto_answer` are `auto-answer`. */
function word(text: string): string {
  return unquote(text.trim())
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function unquote(text: string): string {
  const quoted = /^"([^"]*)"$/.exec(text);
  return quoted ? (quoted[1] ?? '') : text;
}

/**
 * The `;name=value` parameters of one element, names in lower case, values unquoted; the URI in
 * angle brackets is skipped, and so is a bare first part that is no parameter (`answer-after=0`
 * alone, as some PBXs send it, is one). The first of a repeated name counts.
 */
function paramsOf(element: string): Map<string, string> {
  const close = element.startsWith('<') ? element.indexOf('>') : -1;
  const rest = close >= 0 ? element.slice(close + 1) : element;
  const params = new Map<string, string>();
  for (const part of rest.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (name === '' || params.has(name) || !/^[a-z0-9.!%*_+`'~-]+$/.test(name)) continue;
    params.set(name, eq < 0 ? '' : unquote(part.slice(eq + 1).trim()).trim());
  }
  return params;
}

function pushSeconds(delays: number[], text: string | undefined): void {
  const seconds = secondsOf(text ?? '');
  if (seconds !== undefined) delays.push(seconds);
}

/** Plain digits (leading zeros allowed, at most four), 0 to the maximum; else undefined. */
function secondsOf(text: string): number | undefined {
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const seconds = Number(text);
  return seconds <= MAX_AUTO_ANSWER_SECONDS ? seconds : undefined;
}
