// The caller-name setting: the optional lookup URL and how long a call waits for its answer.
// The phonebook itself is data, not a setting: it is kept and exported on its own.
import { fail, isRecord, type PartCheck } from '../settings/partTypes';
import {
  checkLookupTemplate,
  DEFAULT_LOOKUP_TIMEOUT_MS,
  MAX_LOOKUP_TIMEOUT_MS,
  MIN_LOOKUP_TIMEOUT_MS,
} from './nameLookup';

export interface CallerNameSettings {
  /** A template with Integra's placeholders answering `{ "name": … }`; '' asks no one. */
  lookupUrl: string;
  /** How long a lookup may take; the ring never waits for it, the name shows when it comes. */
  lookupTimeoutMs: number;
}

export const DEFAULT_CALLER_NAME_SETTINGS: Readonly<CallerNameSettings> = {
  lookupUrl: '',
  lookupTimeoutMs: DEFAULT_LOOKUP_TIMEOUT_MS,
};

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
