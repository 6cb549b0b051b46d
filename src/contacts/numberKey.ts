// The key two numbers match by: the number as the dial plan dials it, without the outside-line
// prefix, so '+39 02 6161616', '0039026161616', '02 6161616' and '026161616' are one number in
// Italy. Extensions and numbers the plan's country does not know stay as they are: exact match.
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normaliseForDialling } from '../numbers/dialForm';
import type { DialPlan } from '../numbers/dialPlanDefaults';
import { toDialString } from '../phone/dialString';

const LETTER = /^[A-Za-z]/;

/** The matching key of a number under the plan, or undefined when it is not a dial string. */
export function numberKey(number: string, plan: DialPlan): string | undefined {
  if (typeof number !== 'string' || number.length > 100) return undefined;
  const dial = toDialString(number);
  if (dial === undefined) return undefined;
  // A SIP user name ('reception') matches itself, whatever its case.
  if (LETTER.test(dial)) return dial.toLowerCase();
  const inland: DialPlan = { ...plan, outsideLinePrefix: '' };
  const outside = plan.outsideLinePrefix;
  const abroad = plan.internationalPrefix;
  if (dial.startsWith('+')) return normaliseForDialling(dial, inland);
  // With an outside-line prefix, what the user dialled carries it; what the PBX presents may not.
  if (outside !== '' && abroad !== '' && dial.startsWith(outside + abroad)) {
    return international(dial.slice(outside.length + abroad.length), inland);
  }
  if (outside !== '' && dial.startsWith(outside)) {
    const rest = national(dial.slice(outside.length), inland);
    if (rest !== undefined) return rest;
  }
  if (abroad !== '' && dial.startsWith(abroad) && dial.length > abroad.length + 2) {
    return international(dial.slice(abroad.length), inland);
  }
  return national(dial, inland) ?? dial;
}

function international(digits: string, inland: DialPlan): string {
  return normaliseForDialling(`+${digits}`, inland);
}

/** A valid number of the plan's country as the plan dials it ('2125551234' gets the 1 it needs). */
function national(digits: string, inland: DialPlan): string | undefined {
  if (!/^[0-9]{4,20}$/.test(digits)) return undefined;
  const parsed = parsePhoneNumberFromString(digits, inland.country);
  if (!parsed?.isValid()) return undefined;
  if (parsed.countryCallingCode !== getCountryCallingCode(inland.country)) return undefined;
  return normaliseForDialling(parsed.number, inland);
}

/** Every key of a list of numbers, each once. */
export function numberKeys(numbers: readonly string[], plan: DialPlan): string[] {
  const keys = new Set<string>();
  for (const number of numbers) {
    const key = numberKey(number, plan);
    if (key !== undefined) keys.add(key);
  }
  return [...keys];
}

/** Names the plan keys were made under: stored keys under another plan need making again. */
export function planSignature(plan: DialPlan): string {
  return `${plan.country}|${plan.outsideLinePrefix}|${plan.internationalPrefix}`;
}

/** The international form ('+39026161616') of a number written as the plan's country writes it. */
export function internationalForm(number: string, plan: DialPlan): string | undefined {
  const key = numberKey(number, plan);
  if (key === undefined || !/^[0-9]{4,20}$/.test(key)) return undefined;
  const abroad = plan.internationalPrefix;
  if (abroad !== '' && key.startsWith(abroad)) return `+${key.slice(abroad.length)}`;
  const parsed = parsePhoneNumberFromString(key, plan.country);
  return parsed?.isValid() ? parsed.number : undefined;
}
