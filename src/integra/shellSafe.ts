// Which values may go into a shell command for the native bridge (docs/integra.md: a caller ID
// can never become shell syntax). An allow-list: anything that is not a plain number, ID or time
// is refused.

const MAX_VALUE = 256;
// A number: digits with an optional leading +, and the * and # of feature codes.
const NUMBER = /^\+?[0-9*#]*[0-9][0-9*#]*$/;
// An ID (Call-ID, extended ID, event, ISO time): no leading '-', which a program reads as an option.
const ID = /^[A-Za-z0-9@._:][A-Za-z0-9@._:-]*$/;
// !04's dd/mm/yyyy_HH.MM.SS.
const SERVER_TIME = /^\d{2}\/\d{2}\/\d{4}_\d{2}\.\d{2}\.\d{2}$/;

export function isShellSafe(value: string): boolean {
  if (value === '') return true;
  if (value.length > MAX_VALUE) return false;
  return NUMBER.test(value) || ID.test(value) || SERVER_TIME.test(value);
}
