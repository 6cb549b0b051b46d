// The account as a part of the settings: the same checker takes a form's draft (through
// accountInput), a file's account and a stored record, field by field, before checkAccount.
import { type AccountProblem, checkAccount } from '../phone/account';
import { isDtmfMethod } from '../phone/dtmfMethod';
import type { Account } from '../phone/sipPort';
import {
  type CheckContext,
  type ExportOptions,
  fail,
  type ImportError,
  isRecord,
  type PartCheck,
} from './partTypes';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;
const MAX_TEXT = 1000;
const MAX_ICE_SERVERS = 20;
const ACCOUNT_TEXTS = [
  'sipAddress',
  'authorizationUser',
  'extension',
  'displayName',
  'url',
  'url2',
  'extendedIdHeader',
] as const;
/** The field each of checkAccount's problems is about. */
const ACCOUNT_FIELD: Record<AccountProblem, string> = {
  sipAddress: 'sipAddress',
  url: 'url',
  url2: 'url2',
  insecureUrl: 'url',
  password: 'password',
  ha1: 'password',
  iceServers: 'iceServers',
  extension: 'extension',
  extendedIdHeader: 'extendedIdHeader',
  dtmf: 'dtmf',
  relayOnly: 'relayOnly',
  reconnectLimit: 'reconnectLimit',
};

type Text = { ok: true; value: string | undefined } | ImportError;

function textOf(input: unknown, field: string): Text {
  if (input === undefined) return { ok: true, value: undefined };
  if (typeof input !== 'string') return fail(field, 'not-a-string');
  if (input.length > MAX_TEXT) return fail(field, 'too-long');
  if (CONTROLS.test(input)) return fail(field, 'control-characters');
  return { ok: true, value: input };
}

export function checkAccountPart(input: unknown, context: CheckContext): PartCheck<Account> {
  if (!isRecord(input)) return fail('account', 'not-an-object');
  const own = (key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);
  const texts: Record<string, string> = {};
  for (const key of [...ACCOUNT_TEXTS, 'password'] as const) {
    const text = textOf(own(key), `account.${key}`);
    if (!text.ok) return text;
    if (text.value !== undefined) texts[key] = text.value;
  }
  const iceInput = own('iceServers') === undefined ? [] : own('iceServers');
  if (!Array.isArray(iceInput)) return fail('account.iceServers', 'not-a-list');
  if (iceInput.length > MAX_ICE_SERVERS) return fail('account.iceServers', 'too-many');
  const iceServers: string[] = [];
  for (const [i, server] of iceInput.entries()) {
    const text = textOf(server, `account.iceServers[${i}]`);
    if (!text.ok) return text;
    if (text.value === undefined) return fail(`account.iceServers[${i}]`, 'not-a-string');
    iceServers.push(text.value);
  }
  const ha1 = own('passwordIsHa1') === undefined ? false : own('passwordIsHa1');
  if (typeof ha1 !== 'boolean') return fail('account.passwordIsHa1', 'not-a-boolean');
  const otherDomains = own('otherDomains') === undefined ? false : own('otherDomains');
  if (typeof otherDomains !== 'boolean') return fail('account.otherDomains', 'not-a-boolean');
  // A file may name the method only as the app writes it; anything else changes nothing.
  const dtmf = own('dtmf') === undefined ? 'info' : own('dtmf');
  if (typeof dtmf !== 'string') return fail('account.dtmf', 'not-a-string');
  if (!isDtmfMethod(dtmf)) return fail('account.dtmf', 'dtmf');
  const relayOnly = own('relayOnly') === undefined ? false : own('relayOnly');
  if (typeof relayOnly !== 'boolean') return fail('account.relayOnly', 'not-a-boolean');
  const limit = own('reconnectLimit');
  if (limit !== undefined && !Number.isSafeInteger(limit)) {
    return fail('account.reconnectLimit', 'reconnectLimit');
  }
  let password = texts.password;
  let passwordIsHa1 = ha1;
  if (password === undefined) {
    // A file exported without the password may only update the account it came from.
    const current = context.current.account;
    const same =
      current !== undefined &&
      current.sipAddress === (texts.sipAddress ?? '').trim() &&
      current.url === (texts.url ?? '').trim();
    if (!same) return fail('account.password', 'no-password');
    password = current.password;
    passwordIsHa1 = current.passwordIsHa1 === true;
  }
  const draft = {
    sipAddress: texts.sipAddress ?? '',
    authorizationUser: texts.authorizationUser ?? '',
    password,
    passwordIsHa1,
    extension: texts.extension ?? '',
    displayName: texts.displayName ?? '',
    url: texts.url ?? '',
    url2: texts.url2 ?? '',
    iceServers: iceServers.join('\n'),
    extendedIdHeader: texts.extendedIdHeader ?? '',
    otherDomains,
    dtmf,
    relayOnly,
    reconnectLimit: limit === undefined ? '' : String(limit),
  };
  const check = checkAccount(draft, context.pageIsSecure);
  if (!check.ok) return fail(`account.${ACCOUNT_FIELD[check.problem]}`, check.problem);
  return { ok: true, value: check.account };
}

export function accountToFile(account: Account, { includePassword }: ExportOptions): unknown {
  if (includePassword) return account;
  const { password: _password, passwordIsHa1: _ha1, ...rest } = account;
  return rest;
}
