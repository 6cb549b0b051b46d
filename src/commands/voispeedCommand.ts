// A voispeed: (or web+voispeed:) link's body (docs/links.md): C/D/F/U commands and bare numbers,
// with the spaces the vendor's own examples put around every part; and S, our own addition for
// the "Call selection" bookmarklet, which hands over selected text rather than a number.
import { toPhoneNumber } from '../phone/dialString';
import { parseLinkAccount } from './linkAccount';
import { type CommandResult, fail, succeed } from './types';

// Call-IDs are RFC 3261 words like `abc123@host`, without `%` (a link decodes it) and without
// `<>"\`, which no PBX emits. Long ones are taken whole: cut, one would name another call.
const CALL_ID = /^[A-Za-z0-9@._:~+!*`'()/[\]?{}-]{1,1024}$/;
// Printable ASCII without what could end or split a SIP header value (quotes, <>, ; and ,) or
// escape inside one (\); it goes into a header and the history as it is.
const EXTENDED_ID = /^(?!.*["'<>;,\\])[ -~]{1,64}$/;
/** Longest selected text S takes: a selection made to call someone is a line or two. */
export const MAX_DIAL_TEXT = 2000;
// A command letter stands alone: `C 101`, `D`, `voispeed: D 123`.
const SPACED_LETTER = /^([a-z])(?:\s+|$)/i;
// `C101`, `F+39…`, `D123`: the space left out before something that cannot start a user name.
const JOINED_LETTER = /^([cdf])(?=[0-9+*#(])/i;

function commaCount(text: string): number {
  return text.split(',').length - 1;
}

// `U{user}@{domain},…`. A bare call never holds an `@` or two commas, and a lone `U` is no
// user name anyone has, so these are configuration links (perhaps broken ones).
function isConfiguration(text: string): boolean {
  return (
    /^u/i.test(text) && (/^u(\s|$)/i.test(text) || text.includes('@') || commaCount(text) >= 2)
  );
}

/** `{number}` or `{number},{ext_ID}`. */
function parseCall(text: string): CommandResult {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length > 2) return fail('extra-parts', text);
  const [numberPart = '', extendedId] = parts;
  if (numberPart === '') return fail('missing-number');
  // A voispeed: number is digits: `voispeed:abc` is a broken link, not a user called abc.
  const number = toPhoneNumber(numberPart);
  if (number === undefined) return fail('invalid-number', numberPart);
  if (extendedId === undefined) return succeed({ kind: 'call', number, source: 'voispeed' });
  if (!EXTENDED_ID.test(extendedId)) return fail('invalid-extended-id', extendedId);
  return succeed({ kind: 'call', number, extendedId, source: 'voispeed' });
}

function parseHangup(callId: string): CommandResult {
  if (callId === '') return succeed({ kind: 'hangup' });
  if (callId.includes(',')) return fail('extra-parts', callId);
  if (!CALL_ID.test(callId)) return fail('invalid-call-id', callId);
  return succeed({ kind: 'hangup', callId });
}

// The target may be a Call ID (attended transfer) or a number (blind): only the app knows the
// user's calls, so both readings are returned and it decides.
function parseForward(target: string): CommandResult {
  if (target === '') return fail('missing-target');
  if (target.includes(',')) return fail('extra-parts', target);
  const dialString = toPhoneNumber(target);
  if (dialString !== undefined) return succeed({ kind: 'forward', target, dialString });
  if (CALL_ID.test(target)) return succeed({ kind: 'forward', target });
  return fail('invalid-target', target);
}

// The text is only handed on: finding the number needs the user's dial plan, which the app has.
function parseDialText(text: string): CommandResult {
  if (text === '') return fail('missing-number');
  if (text.length > MAX_DIAL_TEXT) return fail('too-long');
  return succeed({ kind: 'dial-text', text });
}

/** Parses what follows `voispeed:` (already decoded, free of control characters). */
export function parseVoispeedBody(body: string): CommandResult {
  const text = body.trim();
  if (text === '') return fail('empty');
  if (isConfiguration(text)) return parseLinkAccount(text.slice(1));
  const letter = SPACED_LETTER.exec(text) ?? JOINED_LETTER.exec(text);
  if (!letter) return parseCall(text);
  const rest = text.slice(letter[0].length).trim();
  switch ((letter[1] ?? '').toUpperCase()) {
    case 'C':
      return parseCall(rest);
    case 'D':
      return parseHangup(rest);
    case 'F':
      return parseForward(rest);
    case 'S':
      return parseDialText(rest);
    default:
      return fail('unknown-command', letter[1]);
  }
}
