// Phone numbers in text, as libphonenumber-js reads them ('02 6161 616', '338.123.4567',
// '+39 338 123 4567', '(02) 6161616'), less the codes and amounts it takes for numbers.

import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { type Candidate, joinedBefore, wordAfter, wordsBefore } from './context';
import { CODE_LABELS, CURRENCY, labelledAs } from './cues';
import { dialFor } from './dialForm';
import type { DialPlan } from './dialPlanDefaults';

// Not a space: '02 6161616 3381234567' is two numbers, '2024/0212345678' is one code.
const CODE_JOINER = /^[.,:/\-–]$/;
// Cents after a number make it an amount ('0212345678,50'); '02 6161616/7' and
// '02 6161616,02 6161617' are still phone numbers.
const CENTS = /^[.,][0-9]{1,2}(?![0-9]|[ ./-][0-9])/;

export function phoneNumbers(text: string, plan: DialPlan): Candidate[] {
  const candidates: Candidate[] = [];
  try {
    for (const found of findPhoneNumbersInText(text, { defaultCountry: plan.country })) {
      const start = found.startsAt;
      // The library takes in what follows a comma ('02 6161616, 02' of a list); the number is
      // what comes before it.
      const comma = text.slice(start, found.endsAt).indexOf(',');
      const end = comma === -1 ? found.endsAt : start + comma;
      if (isCodeOrAmount(text, start, end)) continue;
      const dial = dialFor(found.number, plan);
      if (dial !== undefined) candidates.push({ start, end, dial });
    }
  } catch {
    // The library's own failure on odd text: nothing it read can be trusted, so nothing is kept.
    return [];
  }
  return candidates;
}

// A VAT number (P.IVA, 11 digits) and many order numbers are valid Italian landlines by shape:
// only the label before them, or the amount they are part of, says otherwise.
function isCodeOrAmount(text: string, start: number, end: number): boolean {
  return (
    labelledAs(wordsBefore(text, start), CODE_LABELS) ||
    CURRENCY.has(wordAfter(text, end)) ||
    CENTS.test(text.slice(end, end + 8)) ||
    joinedBefore(text, start, CODE_JOINER)
  );
}
