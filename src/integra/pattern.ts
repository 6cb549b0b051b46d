// Compiles the internal-extension pattern (a setting, so possibly imported and hostile). JavaScript
// regexes backtrack, so a pattern that can take exponential time is refused rather than run.

export const MAX_PATTERN = 200;

export type PatternProblem = 'too-long' | 'bad-pattern' | 'slow-pattern';

export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; problem: PatternProblem };

/** The whole number must match: `10[0-9]` must not find 101 inside +39 02 101 2345. */
export function compilePattern(source: string): CompiledPattern {
  if (typeof source !== 'string' || source.length > MAX_PATTERN) {
    return { ok: false, problem: 'too-long' };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${source})$`);
  } catch {
    return { ok: false, problem: 'bad-pattern' };
  }
  return backtracksBadly(source) ? { ok: false, problem: 'slow-pattern' } : { ok: true, regex };
}

// Long repeats in a row (`\d*\d*\d*...`) split a 64-character number in C(64+k, k) ways; four
// keep the worst case near 50,000 steps, and no extension pattern needs more.
const MAX_LONG_REPEATS = 4;

interface Group {
  varies: boolean;
}

/**
 * Catastrophic backtracking needs a repeated group whose inside can match in several ways:
 * `(a+)+`, `(a|aa)*`, `(\d{1,3}){2,}`. Such a group (one holding a quantifier or a `|`) may be
 * made optional with `?` but not repeated. Escapes and character classes are skipped.
 */
function backtracksBadly(source: string): boolean {
  const stack: Group[] = [{ varies: false }];
  let inClass = false;
  let longRepeats = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      // In JavaScript `]` right after `[` closes the class: `[]` and `[^]` are whole classes.
      inClass = true;
    } else if (c === '(') {
      stack.push({ varies: false });
      i += groupPrefixLength(source, i + 1);
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop() : undefined;
      const next = source[i + 1];
      const repeated =
        next === '*' || next === '+' || (next === '{' && /^\{\d/.test(source.slice(i + 1)));
      if (group?.varies && repeated) return true;
      const parent = stack[stack.length - 1];
      if (group?.varies && parent) parent.varies = true;
    } else if (top && (c === '*' || c === '+' || c === '?' || c === '{' || c === '|')) {
      top.varies = true;
      if (isLongRepeat(source, i) && ++longRepeats > MAX_LONG_REPEATS) return true;
    }
  }
  return false;
}

/** `*`, `+`, `{n,}` or `{n,m}` with m over 9: a repeat that can take most of a number. */
function isLongRepeat(source: string, at: number): boolean {
  const c = source[at];
  if (c === '*' || c === '+') return true;
  const braces = c === '{' ? /^\{\d+,(\d*)\}/.exec(source.slice(at)) : null;
  return braces !== null && (braces[1] === '' || Number(braces[1]) > 9);
}

/** Length of `?:`, `?=`, `?!`, `?<=`, `?<!` or `?<name>` after a `(`, whose `?` repeats nothing. */
function groupPrefixLength(source: string, at: number): number {
  if (source[at] !== '?') return 0;
  const kind = source[at + 1];
  if (kind === ':' || kind === '=' || kind === '!') return 2;
  if (kind !== '<') return 1;
  const after = source[at + 2];
  if (after === '=' || after === '!') return 3;
  const close = source.indexOf('>', at);
  return close === -1 ? 1 : close - at + 1;
}
