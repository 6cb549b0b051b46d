// The parts of a settings file, each with the checker that is the only way in. A new part adds
// its key to SettingsValues and one entry to SECTIONS (and a store setter in applySettings.ts).
import { type Bindings, checkBindings } from '../hotkeys/shortcuts';
import { checkIntegraSettings, type SettingsProblem } from '../integra/checkSettings';
import type { IntegraSettings } from '../integra/rule';
import { checkDialPlan, type DialPlanField } from '../numbers/dialPlan';
import type { DialPlan } from '../numbers/dialPlanDefaults';
import { type AccountProblem, checkAccount } from '../phone/account';
import { checkDeviceChoice, type DeviceChoice } from '../phone/media/devices';
import type { Account } from '../phone/sipPort';
import type { SettingKey } from '../storage/settings';

export interface SettingsValues {
  account: Account;
  integra: IntegraSettings;
  shortcuts: Bindings;
  dialPlan: DialPlan;
  devices: DeviceChoice;
}

export type SectionKey = keyof SettingsValues & SettingKey;

/** Problems of the file itself, of sections whose checkers give codes only, and of the account. */
export type FileProblem =
  | 'too-big'
  | 'not-json'
  | 'too-deep'
  | 'not-a-settings-file'
  | 'wrong-format'
  | 'wrong-version'
  | 'unknown-section'
  | 'forbidden-key'
  | 'no-sections'
  | 'no-password'
  | 'keys-unparsable'
  | 'keys-reserved'
  | 'keys-conflict'
  | 'unknown-country'
  | 'bad-outside-line-prefix'
  | 'bad-international-prefix';

export type ImportProblem = FileProblem | SettingsProblem | AccountProblem;

/** `field` is a path into the file, such as `integra.rules[2].command`; '' for the whole file. */
export interface ImportError {
  ok: false;
  field: string;
  problem: ImportProblem;
  /** For keys-conflict: the path of the shortcut already using the keys. */
  with?: string;
  /** What the problem is about, for the message to name: an unknown placeholder `!99`. */
  detail?: string;
}

export type SectionCheck<T> = { ok: true; value: T } | ImportError;

export interface CheckContext {
  /** The settings in use, for an account imported without its password. */
  current: Partial<SettingsValues>;
  /** The app is served over https, where the browser blocks ws:// PBX URLs. */
  pageIsSecure: boolean;
}

export interface ExportOptions {
  includePassword: boolean;
}

export interface Section<K extends SectionKey> {
  key: K;
  check(input: unknown, context: CheckContext): SectionCheck<SettingsValues[K]>;
  /** What the file holds for this part; the value itself when absent. */
  toFile?(value: SettingsValues[K], options: ExportOptions): unknown;
}

export function fail(field: string, problem: ImportProblem, withField?: string): ImportError {
  return withField === undefined
    ? { ok: false, field, problem }
    : { ok: false, field, problem, with: withField };
}

export function isRecord(input: unknown): input is Readonly<Record<string, unknown>> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

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
};

type Text = { ok: true; value: string | undefined } | ImportError;

function textOf(input: unknown, field: string): Text {
  if (input === undefined) return { ok: true, value: undefined };
  if (typeof input !== 'string') return fail(field, 'not-a-string');
  if (input.length > MAX_TEXT) return fail(field, 'too-long');
  if (CONTROLS.test(input)) return fail(field, 'control-characters');
  return { ok: true, value: input };
}

function checkAccountPart(input: unknown, context: CheckContext): SectionCheck<Account> {
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
  };
  const check = checkAccount(draft, context.pageIsSecure);
  if (!check.ok) return fail(`account.${ACCOUNT_FIELD[check.problem]}`, check.problem);
  return { ok: true, value: check.account };
}

function accountToFile(account: Account, { includePassword }: ExportOptions): unknown {
  if (includePassword) return account;
  const { password: _password, passwordIsHa1: _ha1, ...rest } = account;
  return rest;
}

function checkIntegraPart(input: unknown): SectionCheck<IntegraSettings> {
  const check = checkIntegraSettings(input);
  if (check.ok) return { ok: true, value: check.settings };
  const failed = fail(check.field === '' ? 'integra' : `integra.${check.field}`, check.problem);
  return check.detail === undefined ? failed : { ...failed, detail: check.detail };
}

function checkShortcutsPart(input: unknown): SectionCheck<Bindings> {
  const check = checkBindings(input);
  if (check.ok) return { ok: true, value: check.bindings };
  if (check.error === 'not-an-object') return fail('shortcuts', 'not-an-object');
  const other = check.with === undefined ? undefined : `shortcuts.${check.with}`;
  return fail(`shortcuts.${check.field}`, `keys-${check.error}`, other);
}

const DIAL_PLAN_PROBLEM: Record<DialPlanField, FileProblem> = {
  country: 'unknown-country',
  outsideLinePrefix: 'bad-outside-line-prefix',
  internationalPrefix: 'bad-international-prefix',
};

function checkDialPlanPart(input: unknown): SectionCheck<DialPlan> {
  const check = checkDialPlan(input);
  if (check.ok) return { ok: true, value: check.plan };
  if (check.error === 'not-an-object') return fail('dialPlan', 'not-an-object');
  return fail(`dialPlan.${check.field}`, DIAL_PLAN_PROBLEM[check.field]);
}

// Device ids belong to one browser profile: on another computer an imported choice falls back to
// the default devices, with a note, until the same devices appear.
function checkDevicesPart(input: unknown): SectionCheck<DeviceChoice> {
  const check = checkDeviceChoice(input);
  if (check.ok) return { ok: true, value: check.choice };
  return fail(check.field === '' ? 'devices' : `devices.${check.field}`, check.problem);
}

type AnySection = { [K in SectionKey]: Section<K> }[SectionKey];

/** In file order; the first part with a problem is the one reported. */
export const SECTIONS: readonly AnySection[] = [
  { key: 'account', check: checkAccountPart, toFile: accountToFile },
  { key: 'integra', check: checkIntegraPart },
  { key: 'shortcuts', check: checkShortcutsPart },
  { key: 'dialPlan', check: checkDialPlanPart },
  { key: 'devices', check: checkDevicesPart },
];
