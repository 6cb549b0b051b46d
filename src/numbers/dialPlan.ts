// The user's dial plan: how a number found in text becomes what their PBX line expects.
// Settings and imported files hand it in; checkDialPlan is the only way in.

import { isSupportedCountry } from 'libphonenumber-js/min';
import { DEFAULT_DIAL_PLAN, type DialPlan } from './dialPlanDefaults';

export type DialPlanField = keyof DialPlan;

export type DialPlanCheck =
  | { ok: true; plan: DialPlan }
  | { ok: false; error: 'not-an-object' }
  | { ok: false; error: 'invalid'; field: DialPlanField };

// Six digits each keep the longest dial string (6 + 6 + a 15-digit E.164 number) within the
// 32 characters toDialString accepts.
const OUTSIDE_LINE_PREFIX = /^[0-9]{0,6}$/;
const INTERNATIONAL_PREFIX = /^[0-9]{1,6}$/;

/**
 * Checks a dial plan from settings or an imported file. A missing field takes its default
 * (older files); a present one must be right. Spaces around values and a lower-case country
 * (typed in the settings form) are forgiven.
 */
export function checkDialPlan(input: unknown): DialPlanCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'not-an-object' };
  }
  const field = (name: DialPlanField): string | undefined => {
    const value = Object.hasOwn(input, name)
      ? (input as Record<string, unknown>)[name]
      : DEFAULT_DIAL_PLAN[name];
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const upper = field('country')?.toUpperCase() ?? '';
  const outsideLinePrefix = field('outsideLinePrefix');
  const internationalPrefix = field('internationalPrefix');
  // isSupportedCountry: a country the bundled metadata knows, so numbers can be read for it.
  if (!/^[A-Z]{2}$/.test(upper) || !isSupportedCountry(upper)) {
    return { ok: false, error: 'invalid', field: 'country' };
  }
  if (outsideLinePrefix === undefined || !OUTSIDE_LINE_PREFIX.test(outsideLinePrefix)) {
    return { ok: false, error: 'invalid', field: 'outsideLinePrefix' };
  }
  if (internationalPrefix === undefined || !INTERNATIONAL_PREFIX.test(internationalPrefix)) {
    return { ok: false, error: 'invalid', field: 'internationalPrefix' };
  }
  return { ok: true, plan: { country: upper, outsideLinePrefix, internationalPrefix } };
}
