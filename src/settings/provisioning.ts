// An administrator's config.json: defaults for every user of one deployment, and the fields they
// may not change. It is as hostile as an imported settings file (anyone who can write beside the
// app can write it), so it is checked the same way: the settings file's key scan, the same part
// checkers for Integra and the dial plan, the account's checker for URLs and servers.
import { checkAccountPart } from './accountPart';
import { checkIntegraPart } from './integraPart';
import { findHostileKey, shown } from './parseSettingsFile';
import { checkDialPlanPart } from './partChecks';
import {
  type CheckContext,
  type Checked,
  fail,
  type ImportError,
  isRecord,
  type PartCheck,
} from './partTypes';

export const PROVISIONING_VERSION = 1;
/** In characters; a real file is well under 10 kB. */
export const MAX_PROVISIONING_SIZE = 64 * 1024;

/** What `locked` may name: an account field, or a whole part of the settings. */
export const LOCKABLE = [
  'account.pbxUrl',
  'account.pbxUrl2',
  'account.sipDomain',
  'account.iceServers',
  'integra',
  'dialPlan',
] as const;
export type Lockable = (typeof LOCKABLE)[number];

export interface ProvisionedAccount {
  pbxUrl?: string;
  /** '' locks the second URL to none. */
  pbxUrl2?: string;
  /** Completes a SIP address typed without one: `alice` becomes `alice@sipDomain`. */
  sipDomain?: string;
  iceServers?: readonly string[];
}

export interface Provisioning {
  account: ProvisionedAccount;
  integra?: Checked<'integra'>;
  dialPlan?: Checked<'dialPlan'>;
  locked: readonly Lockable[];
}

export type ProvisioningCheck = { ok: true; value: Provisioning } | ImportError;

const TOP_KEYS = new Set(['v', 'account', 'integra', 'dialPlan', 'locked']);
const ACCOUNT_KEYS = new Set(['pbxUrl', 'pbxUrl2', 'sipDomain', 'iceServers']);
/** The domain part of checkAccount's SIP address. */
const SIP_DOMAIN = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;
/** checkAccountPart's fields, as config.json names them. */
const ACCOUNT_FIELD: Record<string, string> = {
  'account.url': 'account.pbxUrl',
  'account.url2': 'account.pbxUrl2',
  'account.sipAddress': 'account.sipDomain',
};

/** The file's text: size, JSON, hostile keys, then checkProvisioning. */
export function readProvisioning(text: string, context: CheckContext): Promise<ProvisioningCheck> {
  if (text.length > MAX_PROVISIONING_SIZE) return Promise.resolve(fail('', 'config-too-big'));
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return Promise.resolve(fail('', 'not-json'));
  }
  return checkProvisioning(data, context);
}

/** Async: the dial plan's checker loads libphonenumber, only when the file gives a dial plan. */
export async function checkProvisioning(
  input: unknown,
  context: CheckContext,
): Promise<ProvisioningCheck> {
  const hostile = findHostileKey(input, '', 0);
  if (hostile) return hostile;
  if (!isRecord(input)) return fail('', 'not-an-object');
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.has(key)) return fail(shown(key), 'unknown-field');
  }
  if (input.v !== PROVISIONING_VERSION) return fail('v', 'wrong-version');
  const account = checkAccountFields(input.account ?? {}, context);
  if (!account.ok) return account;
  const value: { -readonly [K in keyof Provisioning]: Provisioning[K] } = {
    account: account.value,
    locked: [],
  };
  if (input.integra !== undefined) {
    const integra = checkIntegraPart(input.integra);
    if (!integra.ok) return integra;
    value.integra = integra.value;
  }
  if (input.dialPlan !== undefined) {
    const dialPlan = await checkDialPlanPart(input.dialPlan);
    if (!dialPlan.ok) return dialPlan;
    value.dialPlan = dialPlan.value;
  }
  const locked = checkLocked(input.locked ?? [], value);
  if (!locked.ok) return locked;
  value.locked = locked.value;
  return { ok: true, value };
}

function checkAccountFields(input: unknown, context: CheckContext): PartCheck<ProvisionedAccount> {
  if (!isRecord(input)) return fail('account', 'not-an-object');
  for (const key of Object.keys(input)) {
    if (!ACCOUNT_KEYS.has(key)) return fail(`account.${shown(key)}`, 'unknown-field');
  }
  for (const key of ['pbxUrl', 'pbxUrl2', 'sipDomain'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') {
      return fail(`account.${key}`, 'not-a-string');
    }
  }
  const { pbxUrl, pbxUrl2, sipDomain } = input as Record<string, string | undefined>;
  if (sipDomain !== undefined && !SIP_DOMAIN.test(sipDomain)) {
    return fail('account.sipDomain', 'bad-sip-domain');
  }
  // The servers as the form takes them (one text) or as a file holds them (a list).
  const ice = input.iceServers;
  const iceServers = typeof ice === 'string' ? ice.split(/\s+/).filter((s) => s !== '') : ice;
  // The account's own checker judges the URLs and servers; the rest of this stand-in is valid.
  const check = checkAccountPart(
    {
      sipAddress: `user@${sipDomain ?? 'example.com'}`,
      password: 'unused',
      url: pbxUrl ?? 'wss://example.com',
      url2: pbxUrl2 ?? '',
      iceServers,
    },
    context,
  );
  if (!check.ok) return { ...check, field: ACCOUNT_FIELD[check.field] ?? check.field };
  return {
    ok: true,
    value: {
      ...(pbxUrl === undefined ? {} : { pbxUrl: check.value.url }),
      ...(pbxUrl2 === undefined ? {} : { pbxUrl2: check.value.url2 }),
      ...(sipDomain === undefined ? {} : { sipDomain }),
      ...(ice === undefined ? {} : { iceServers: check.value.iceServers }),
    },
  };
}

/** Each name once, known, and given a value by the file: a lock to nothing would be a trap. */
function checkLocked(input: unknown, value: Omit<Provisioning, 'locked'>): PartCheck<Lockable[]> {
  if (!Array.isArray(input)) return fail('locked', 'not-a-list');
  const locked: Lockable[] = [];
  for (const [i, name] of input.entries()) {
    const field = `locked[${i}]`;
    if (typeof name !== 'string') return fail(field, 'not-a-string');
    if (!(LOCKABLE as readonly string[]).includes(name)) {
      return { ...fail(field, 'unknown-lock'), detail: shown(name) };
    }
    const lock = name as Lockable;
    if (locked.includes(lock)) return fail(field, 'duplicate');
    const given = lock.startsWith('account.')
      ? value.account[lock.slice('account.'.length) as keyof ProvisionedAccount] !== undefined
      : value[lock as 'integra' | 'dialPlan'] !== undefined;
    if (!given) return { ...fail(field, 'locked-not-given'), detail: lock };
    locked.push(lock);
  }
  return { ok: true, value: locked };
}
