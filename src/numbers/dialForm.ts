// How a phone number is dialled from the user's line, by their dial plan: national numbers as
// dialled inside the country, foreign ones through the international prefix.

import {
  getCountryCallingCode,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
import { toDialString } from '../phone/dialString';
import type { DialPlan } from './dialPlanDefaults';

// North America (+1) formats national numbers without the trunk prefix 1 that long-distance
// calls (and most PBX routes) need; elsewhere the national format already holds what is
// dialled (Italy none: the 0 belongs to the number; France, UK, Germany '0'; Russia '8';
// Mexico, since 2019, nothing).
const NANP = '1';

/** The dial string for a parsed number, or undefined if it would not be a valid dial string. */
export function dialFor(number: PhoneNumber, plan: DialPlan): string | undefined {
  const callingCode = number.countryCallingCode;
  let digits: string;
  // By calling code, not country: '+39 06 698…' is the Vatican, dialled from Italy as 06 698….
  if (callingCode === getCountryCallingCode(plan.country)) {
    // Re-parsed from E.164 so that an extension ('ext. 204') stays out of the national format.
    const national = parsePhoneNumberFromString(number.number)?.formatNational() ?? '';
    digits = national.replace(/[^0-9]/g, '');
    if (digits === '') return undefined;
    if (callingCode === NANP) digits = `${NANP}${digits}`;
  } else {
    digits = `${plan.internationalPrefix}${callingCode}${number.nationalNumber}`;
  }
  return checked(`${plan.outsideLinePrefix}${digits}`);
}

function checked(dial: string): string | undefined {
  return toDialString(dial) === dial ? dial : undefined;
}

/**
 * The form to dial for a `tel:` link's number: '+39 02…' becomes what the plan dials for it;
 * anything else (an extension, a national number, '*72#') is left as it is.
 */
export function normaliseForDialling(dialString: string, plan: DialPlan): string {
  if (typeof dialString !== 'string' || !/^\+[0-9]{1,31}$/.test(dialString)) return dialString;
  const parsed = parsePhoneNumberFromString(dialString);
  const dial =
    parsed?.isPossible() === true
      ? dialFor(parsed, plan)
      : // A number the metadata does not know still goes out through the international prefix.
        checked(`${plan.outsideLinePrefix}${plan.internationalPrefix}${dialString.slice(1)}`);
  return dial ?? dialString;
}
