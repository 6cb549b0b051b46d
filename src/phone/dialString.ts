// What may be dialled. The link and hotkey parsers build on this; nothing half-parsed is dialled.

const VISUAL_SEPARATORS = /[ \u00A0().\-/]/g;
// Digits with the * and # of feature codes, and at least one digit: '*#' or '+' dials nothing.
const PHONE_NUMBER = /^\+?(?=[*#]*[0-9])[0-9*#]{1,32}$/;
// SIP user names that are not numbers (e.g. "reception") are dialled as they are.
const SIP_USER = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** The dial string for what the user typed, or undefined when it cannot be dialled. */
export function toDialString(input: string): string | undefined {
  const trimmed = input.trim();
  if (SIP_USER.test(trimmed)) return trimmed;
  return toPhoneNumber(trimmed);
}

/**
 * A phone number without its visual separators, or undefined for anything else: what `tel:` and
 * `voispeed:` links carry, where a name (`voispeed:abc`) is a mistake, never a user to call.
 */
export function toPhoneNumber(input: string): string | undefined {
  const compact = input.trim().replace(VISUAL_SEPARATORS, '');
  return PHONE_NUMBER.test(compact) ? compact : undefined;
}

// host (name, IPv4 or [IPv6]) and port, then URI parameters such as `;transport=tcp`: RFC 3261
// paramchars without escapes, so nothing in it can end the Request-URI or start a header.
const SIP_DOMAIN =
  /^(?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*|\[[0-9a-f:.]{2,45}\])(?::[0-9]{1,5})?(?:;[a-z0-9-]{1,32}(?:=[a-z0-9.!~*'()_:-]{1,64})?){0,8}$/;

/**
 * The part of a SIP address after `@` (`other.example.com:5070;transport=tcp`) in lower case, or
 * undefined when it is not one: the phone calls such an address through the user's own PBX.
 */
export function toSipDomain(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  return text.length <= 300 && SIP_DOMAIN.test(text) ? text : undefined;
}

/**
 * What a paste into the dial box keeps: the dial string when the text is one ("+39 (02) 6161-616"
 * gives "+39026161616"), else its digits, `*`, `#` and a `+` before the first of them; undefined when it holds no
 * digit, and the paste goes in as it is (a SIP user name, say) for the dial check to judge.
 */
export function pastedDialText(text: string): string | undefined {
  const dial = toDialString(text);
  if (dial !== undefined) return dial;
  const trimmed = text.trim();
  const kept = trimmed.replace(/[^0-9*#]/g, '');
  if (!/[0-9]/.test(kept)) return undefined;
  const plus = trimmed[trimmed.search(/[+0-9*#]/)] === '+';
  return (plus ? '+' : '') + kept.slice(0, 32);
}
