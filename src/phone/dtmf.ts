// DTMF digits, the ones a keypad can send and the other side can send us. Pure, tested with tables.

/** Most digits one sendDtmf call takes: a keypad press sends one, a pasted code a few. */
export const MAX_DTMF_DIGITS = 32;

const DIGITS = /^[0-9*#A-D]+$/;

/** True for 1 to 32 DTMF digits (0-9 * # A-D, upper case); nothing else is sent. */
export function isDtmf(digits: string): boolean {
  return digits.length <= MAX_DTMF_DIGITS && DIGITS.test(digits);
}

/** True for exactly one DTMF digit. */
export function isDtmfDigit(digit: string): boolean {
  return digit.length === 1 && DIGITS.test(digit);
}

/** The received digits with one more, keeping the last 32 so a chatty peer cannot grow it. */
export function appendDigit(received: string, digit: string): string {
  return `${received}${digit}`.slice(-MAX_DTMF_DIGITS);
}
