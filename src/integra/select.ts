// Which rules an event fires, and which calls are internal or queue calls. Pure, so the Phone's
// event and the settings are all it needs.
import type { CallEventName, CallFacts } from '../phone/types';
import { compilePattern } from './pattern';
import type { IntegraRule, IntegraSettings } from './rule';

// No extension is this long; a longer number is never tested against a user's regex.
const MAX_INTERNAL = 64;

// One entry: the pattern changes only when the user edits it, and every call tests it.
let cached: { source: string; regex: RegExp | undefined } | undefined;

/**
 * An empty pattern, or a broken or slow one (checkIntegraSettings reports it), makes nothing
 * internal. A caller without a number is never internal: anonymous calls come from outside.
 */
export function isInternalNumber(number: string, pattern: string): boolean {
  if (number === '') return false;
  if (cached?.source !== pattern) {
    const compiled = pattern.trim() === '' ? { ok: false as const } : compilePattern(pattern);
    cached = { source: pattern, regex: compiled.ok ? compiled.regex : undefined };
  }
  return number.length <= MAX_INTERNAL && (cached.regex?.test(number) ?? false);
}

/** A queue call carries queueHeader, whose value contains queueValue (both in any case). */
export function isQueueCall(facts: CallFacts, settings: IntegraSettings): boolean {
  const name = settings.queueHeader.trim().toLowerCase();
  if (name === '' || !Object.hasOwn(facts.headers, name)) return false;
  const value = facts.headers[name];
  if (typeof value !== 'string') return false;
  return value.toLowerCase().includes(settings.queueValue.trim().toLowerCase());
}

/** The rules to run: Integra on, the rule on, its event checked, and "Only on external calls" met. */
export function rulesFor(
  event: CallEventName,
  facts: CallFacts,
  settings: IntegraSettings,
): IntegraRule[] {
  if (!settings.enabled) return [];
  return settings.rules.filter(
    (rule) =>
      rule.enabled &&
      rule.events.includes(event) &&
      !(rule.onlyExternal && isInternalNumber(facts.remoteNumber, settings.internalPattern)),
  );
}
