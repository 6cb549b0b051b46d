// What a command link asks the phone to do, and what can be wrong with one. Data only: the app
// carries the command out, the UI words each error code once.

export type CommandSource = 'voispeed' | 'tel' | 'sip';

export type AccountPart = 'user' | 'domain' | 'password' | 'extension' | 'url' | 'url2';
export const ACCOUNT_PARTS: readonly AccountPart[] = [
  'user',
  'domain',
  'password',
  'extension',
  'url',
  'url2',
];

/** An account from an autoconfiguration link: checked, not yet applied (the user confirms). */
export interface LinkAccount {
  user: string;
  /** Lower case. */
  domain: string;
  /** 32 hex digits, exactly as given: the SIP password, or the HA1 where a setting says so. */
  passwordMd5: string;
  extension: string;
  /** wss:// or ws:// URL. */
  url: string;
  /** '' when absent. */
  url2: string;
}

export type Command =
  | {
      kind: 'call';
      /** A dial string: toDialString(number) === number. */
      number: string;
      /** The user's extended ID (voispeed links only), for a SIP header and the history. */
      extendedId?: string;
      /** tel/sip `;ext=` digits, sent as DTMF once the call is answered. */
      postDial?: string;
      /** sip: links: what followed the `@` (toSipDomain), which may be another PBX's. */
      domain?: string;
      source: CommandSource;
    }
  | { kind: 'hangup'; callId?: string }
  | {
      kind: 'forward';
      /** As given: a Call-ID-shaped token, a dialable number, or both. */
      target: string;
      /** Set when the target is dialable. */
      dialString?: string;
    }
  | { kind: 'configure'; account: LinkAccount }
  /** `S {text}`: text the user selected somewhere (the bookmarklet); the app finds the number. */
  | { kind: 'dial-text'; text: string };

export const COMMAND_ERROR_CODES = [
  'empty',
  'too-long',
  'control-characters',
  'bad-encoding',
  'unknown-scheme',
  'unknown-command',
  'missing-number',
  'invalid-number',
  'invalid-call-id',
  'missing-target',
  'invalid-target',
  'invalid-extended-id',
  'invalid-account',
  'invalid-address',
  'extra-parts',
] as const;

export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number];

/**
 * `detail` is the offending text for the message (decoded, free of control characters, cut to
 * 64 characters plus `…`; absent when empty). It is user input: the UI shows it as text only.
 */
export type CommandError =
  | { code: 'invalid-account'; part: AccountPart; detail?: string }
  | { code: Exclude<CommandErrorCode, 'invalid-account'>; detail?: string };

export type CommandResult = { ok: true; command: Command } | { ok: false; error: CommandError };

const MAX_DETAIL = 64;

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_DETAIL ? text : `${chars.slice(0, MAX_DETAIL).join('')}…`;
}

export function fail(
  code: Exclude<CommandErrorCode, 'invalid-account'>,
  detail?: string,
): CommandResult {
  return { ok: false, error: detail ? { code, detail: clip(detail) } : { code } };
}

export function failAccount(part: AccountPart, detail?: string): CommandResult {
  const error: CommandError = { code: 'invalid-account', part };
  if (detail) error.detail = clip(detail);
  return { ok: false, error };
}

export function succeed(command: Command): CommandResult {
  return { ok: true, command };
}
