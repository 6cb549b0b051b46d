// Checks account settings typed by the user, imported or stored, before anything uses them.
import { DEFAULT_DTMF_METHOD, type DtmfMethod, isDtmfMethod } from './dtmfMethod';
import { DEFAULT_EXTENDED_ID_HEADER, isExtendedIdHeaderName } from './extendedId';
import { hasTurnServer, isIceServerUrl } from './media/iceServers';
import type { Account } from './sipPort';

export type AccountDraft = Record<
  keyof Omit<
    Account,
    | 'iceServers'
    | 'passwordIsHa1'
    | 'extendedIdHeader'
    | 'otherDomains'
    | 'dtmf'
    | 'relayOnly'
    | 'reconnectLimit'
  >,
  string
> & {
  iceServers: string;
  passwordIsHa1?: boolean;
  otherDomains?: boolean;
  /** '' or absent for the default header. */
  extendedIdHeader?: string;
  /** Absent for SIP INFO. */
  dtmf?: DtmfMethod;
  relayOnly?: boolean;
  /** Whole seconds as typed; '' or absent for the default. */
  reconnectLimit?: string;
};

/** How long a call may go without media before it ends, unless the account says otherwise. */
export const DEFAULT_RECONNECT_LIMIT_S = 60;
/** The shortest and longest limits the account may set, in seconds. */
export const RECONNECT_LIMIT_RANGE = [10, 600] as const;

export const ACCOUNT_PROBLEMS = [
  'sipAddress',
  'url',
  'url2',
  'insecureUrl',
  'password',
  'ha1',
  'iceServers',
  'extension',
  'extendedIdHeader',
  'dtmf',
  'relayOnly',
  'reconnectLimit',
] as const;
export type AccountProblem = (typeof ACCOUNT_PROBLEMS)[number];

export type AccountCheck = { ok: true; account: Account } | { ok: false; problem: AccountProblem };

const SIP_ADDRESS = /^[A-Za-z0-9._~+!$&'*=-]{1,64}@[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;
const EXTENSION = /^[0-9*#]{0,16}$/;
const HA1 = /^[0-9a-fA-F]{32}$/;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** Browsers refuse ws:// from an https page (mixed content), except to this machine. */
function blockedAsMixedContent(value: string, pageIsSecure: boolean): boolean {
  if (!pageIsSecure || value === '') return false;
  const url = new URL(value);
  return url.protocol === 'ws:' && !LOOPBACK.test(url.hostname);
}

function isWebSocketUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'wss:' || url.protocol === 'ws:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `pageIsSecure`: the app is served over https, where the browser blocks plain ws://. */
export function checkAccount(draft: AccountDraft, pageIsSecure = false): AccountCheck {
  const sipAddress = draft.sipAddress.trim();
  const url = draft.url.trim();
  const url2 = draft.url2.trim();
  const extension = draft.extension.trim();
  const iceServers = draft.iceServers
    .split(/\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (!SIP_ADDRESS.test(sipAddress)) return { ok: false, problem: 'sipAddress' };
  if (draft.password === '') return { ok: false, problem: 'password' };
  const passwordIsHa1 = draft.passwordIsHa1 === true;
  if (passwordIsHa1 && !HA1.test(draft.password)) return { ok: false, problem: 'ha1' };
  if (!EXTENSION.test(extension)) return { ok: false, problem: 'extension' };
  if (!isWebSocketUrl(url)) return { ok: false, problem: 'url' };
  if (url2 !== '' && !isWebSocketUrl(url2)) return { ok: false, problem: 'url2' };
  if (blockedAsMixedContent(url, pageIsSecure) || blockedAsMixedContent(url2, pageIsSecure)) {
    return { ok: false, problem: 'insecureUrl' };
  }
  if (!iceServers.every(isIceServerUrl)) return { ok: false, problem: 'iceServers' };
  const relayOnly = draft.relayOnly === true;
  if (relayOnly && !hasTurnServer(iceServers)) return { ok: false, problem: 'relayOnly' };
  const limitText = (draft.reconnectLimit ?? '').trim();
  const reconnectLimit = limitText === '' ? DEFAULT_RECONNECT_LIMIT_S : Number(limitText);
  const [shortest, longest] = RECONNECT_LIMIT_RANGE;
  if (!/^\d{0,3}$/.test(limitText) || reconnectLimit < shortest || reconnectLimit > longest) {
    return { ok: false, problem: 'reconnectLimit' };
  }
  const extendedIdHeader = (draft.extendedIdHeader ?? '').trim();
  if (extendedIdHeader !== '' && !isExtendedIdHeaderName(extendedIdHeader)) {
    return { ok: false, problem: 'extendedIdHeader' };
  }
  const dtmf = draft.dtmf ?? DEFAULT_DTMF_METHOD;
  if (!isDtmfMethod(dtmf)) return { ok: false, problem: 'dtmf' };
  const ownHeader = extendedIdHeader !== '' && extendedIdHeader !== DEFAULT_EXTENDED_ID_HEADER;
  const otherDomains = draft.otherDomains === true;
  const user = sipAddress.split('@')[0] ?? '';
  return {
    ok: true,
    account: {
      sipAddress,
      authorizationUser: draft.authorizationUser.trim(),
      password: draft.password,
      ...(passwordIsHa1 ? { passwordIsHa1 } : {}),
      // The extension defaults to the SIP user when that is a number, as on most PBXs.
      extension: extension || (/^[0-9]+$/.test(user) ? user : ''),
      displayName: draft.displayName.trim().slice(0, 64),
      url,
      url2,
      iceServers,
      ...(ownHeader ? { extendedIdHeader } : {}),
      ...(otherDomains ? { otherDomains } : {}),
      // Stored only when it is not the default, as the other optional fields.
      ...(dtmf === 'rfc4733' ? { dtmf } : {}),
      ...(relayOnly ? { relayOnly } : {}),
      ...(reconnectLimit !== DEFAULT_RECONNECT_LIMIT_S ? { reconnectLimit } : {}),
    },
  };
}

export function draftFrom(account: Account | undefined): AccountDraft {
  return {
    sipAddress: account?.sipAddress ?? '',
    authorizationUser: account?.authorizationUser ?? '',
    password: account?.password ?? '',
    passwordIsHa1: account?.passwordIsHa1 ?? false,
    extension: account?.extension ?? '',
    displayName: account?.displayName ?? '',
    url: account?.url ?? '',
    url2: account?.url2 ?? '',
    iceServers: account?.iceServers.join('\n') ?? '',
    extendedIdHeader: account?.extendedIdHeader ?? '',
    otherDomains: account?.otherDomains ?? false,
    dtmf: account?.dtmf ?? DEFAULT_DTMF_METHOD,
    relayOnly: account?.relayOnly ?? false,
    reconnectLimit: account?.reconnectLimit === undefined ? '' : String(account.reconnectLimit),
  };
}

/**
 * A form's draft in the shape a file or a stored record has (the servers as a list), so the
 * settings' one account checker judges all three alike.
 */
export function accountInput(draft: AccountDraft): Record<string, unknown> {
  const { iceServers, reconnectLimit = '', ...texts } = draft;
  const limit = reconnectLimit.trim();
  return {
    ...texts,
    iceServers: iceServers.split(/\s+/).filter((server) => server !== ''),
    // Typed digits are the number a file has; anything else stays text, and is refused.
    ...(limit === '' ? {} : { reconnectLimit: /^\d+$/.test(limit) ? Number(limit) : limit }),
  };
}
