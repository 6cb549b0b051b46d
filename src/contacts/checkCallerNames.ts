// The caller-name setting's check: any input, from a form, a file or a stored record.
import { fail, isRecord, type PartCheck } from '../settings/partTypes';
import { type CallerNameSettings, DEFAULT_CALLER_NAME_SETTINGS } from './callerNameSettings';
import { checkLookupTemplate, MAX_LOOKUP_TIMEOUT_MS, MIN_LOOKUP_TIMEOUT_MS } from './nameLookup';

/** A field left out takes its default; a wrong one is refused, naming it. */
export function checkCallerNamePart(input: unknown): PartCheck<CallerNameSettings> {
  if (!isRecord(input)) return fail('callerNames', 'not-an-object');
  const lookupUrl = input.lookupUrl ?? DEFAULT_CALLER_NAME_SETTINGS.lookupUrl;
  if (typeof lookupUrl !== 'string') return fail('callerNames.lookupUrl', 'not-a-string');
  const url = lookupUrl.trim();
  const problem = checkLookupTemplate(url);
  if (problem) {
    const failed = fail('callerNames.lookupUrl', problem.problem);
    return 'detail' in problem ? { ...failed, detail: problem.detail } : failed;
  }
  const timeout = input.lookupTimeoutMs ?? DEFAULT_CALLER_NAME_SETTINGS.lookupTimeoutMs;
  if (
    typeof timeout !== 'number' ||
    !Number.isInteger(timeout) ||
    timeout < MIN_LOOKUP_TIMEOUT_MS ||
    timeout > MAX_LOOKUP_TIMEOUT_MS
  ) {
    return fail('callerNames.lookupTimeoutMs', 'out-of-range');
  }
  return { ok: true, value: { lookupUrl: url, lookupTimeoutMs: timeout } };
}
