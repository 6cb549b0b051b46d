// tel: and callto: numbers (RFC 3966) and sip:/sips: URIs (RFC 3261), turned into calls placed
// through the user's own PBX.
import { toDialString, toPhoneNumber, toSipDomain } from '../phone/dialString';
import { type CommandResult, type CommandSource, fail, succeed } from './types';

// RFC 3966 visual separators, plus the spaces people type.
const SEPARATORS = /[\s().-]/g;
const POST_DIAL = /^[0-9*#]{1,32}$/;
const PARAM_NAME = /^[A-Za-z0-9-]+$/;

/**
 * `{number}[;name[=value]]…`. Only `ext` is used, as digits sent after the answer. The others
 * (`phone-context`, `isub`, `postd`, …) are accepted and ignored: the call goes through the
 * user's own PBX, which applies its own dialling context, so a context from the link would not
 * change what it dials.
 */
function parseNumber(text: string, source: CommandSource, numbersOnly: boolean): CommandResult {
  const [numberPart = '', ...params] = text.split(';');
  let postDial: string | undefined;
  for (const param of params) {
    if (param.trim() === '') continue;
    const eq = param.indexOf('=');
    const name = (eq < 0 ? param : param.slice(0, eq)).trim();
    if (!PARAM_NAME.test(name)) return fail('invalid-number', param);
    if (name.toLowerCase() !== 'ext') continue;
    const digits = eq < 0 ? '' : param.slice(eq + 1).replace(SEPARATORS, '');
    if (postDial !== undefined || !POST_DIAL.test(digits)) return fail('invalid-number', param);
    postDial = digits;
  }
  const raw = numberPart.trim();
  if (raw === '') return fail('missing-number');
  // A sip: user may be a name (`alice.smith`); a tel: number is digits, whatever its spacing.
  const number = numbersOnly ? toPhoneNumber(raw) : toDialString(raw);
  if (number === undefined) return fail('invalid-number', raw);
  return succeed(
    postDial === undefined
      ? { kind: 'call', number, source }
      : { kind: 'call', number, postDial, source },
  );
}

/** What follows `tel:` or `callto:`: a phone number, never a user name. */
export function parseTelBody(body: string): CommandResult {
  return parseNumber(body, 'tel', true);
}

/**
 * What follows `sip:` or `sips:`: `user[:password]@host[:port][;params][?headers]`. The call
 * goes to that address, host and parameters included, through the user's own PBX, as a SIP
 * phone would; the app decides whether the account may call other domains. Headers (`?X-…=`)
 * are the link author's, not the user's, and never reach the INVITE.
 */
export function parseSipBody(body: string): CommandResult {
  const uri = (body.split('?')[0] ?? '').trim();
  const at = uri.lastIndexOf('@');
  if (at < 0) {
    // `sip:101` has no user part; a plain number there is what the author meant to call, while
    // a name (`sip:pbx.example.com`) is a host, not someone to dial.
    return parseNumber(uri, 'sip', true);
  }
  const domain = toSipDomain(uri.slice(at + 1));
  if (domain === undefined) return fail('invalid-address', uri);
  // user:password@host: the password, if any, is not ours to use.
  const user = uri.slice(0, at).split(':')[0] ?? '';
  const call = parseNumber(user, 'sip', false);
  return call.ok && call.command.kind === 'call' ? succeed({ ...call.command, domain }) : call;
}
