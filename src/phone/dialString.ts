// What may be dialled. The link and hotkey parsers build on this; nothing half-parsed is dialled.

const VISUAL_SEPARATORS = /[ \u00A0().\-/]/g;
const PHONE_NUMBER = /^\+?[0-9*#]{1,32}$/;
// SIP user names that are not numbers (e.g. "reception") are dialled as they are.
const SIP_USER = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** The dial string for what the user typed, or undefined when it cannot be dialled. */
export function toDialString(input: string): string | undefined {
  const trimmed = input.trim();
  if (SIP_USER.test(trimmed)) return trimmed;
  const compact = trimmed.replace(VISUAL_SEPARATORS, '');
  return PHONE_NUMBER.test(compact) ? compact : undefined;
}
