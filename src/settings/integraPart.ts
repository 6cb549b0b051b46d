// Integra's part checker: its rules' templates, patterns and bridge rule ids. Loaded with the
// first check (parts.ts), not with the app: the first screen does not read Integra's settings.
import { checkIntegraSettings } from '../integra/checkSettings';
import type { IntegraSettings } from '../integra/rule';
import { fail, type PartCheck } from './partTypes';

export function checkIntegraPart(input: unknown): PartCheck<IntegraSettings> {
  const check = checkIntegraSettings(input);
  if (check.ok) return { ok: true, value: check.settings };
  const failed = fail(check.field === '' ? 'integra' : `integra.${check.field}`, check.problem);
  return check.detail === undefined ? failed : { ...failed, detail: check.detail };
}
