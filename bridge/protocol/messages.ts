// The bridge's messages, one schema for all three parties: the app (a page on the configured
// origin), the extension, and the native host. Every message is versioned, checked field by field,
// limited in size, and refused whole when it carries a field this version does not know.
//
// The app never sends a command line: it names a rule of the host's own file and sends the call's
// values; the host builds the arguments from its trusted template (bridge/host/argv.ts).
import { CALL_EVENTS, type CallEventName } from '../../src/phone/types';
import {
  boolean,
  type Checked,
  type Checker,
  integer,
  literal,
  nullable,
  object,
  oneOf,
  record,
  tagged,
  text,
} from './check';
import { RULE_ID } from './ruleId';

export { RULE_ID };

export const PROTOCOL_VERSION = 1;
/** The native-messaging host's name, as the browsers' host manifests spell it. */
export const HOST_NAME = 'com.voispeed.bridge';
/** No message, in any direction, is longer than this as JSON. */
export const MAX_MESSAGE_CHARS = 64 * 1024;
/** The longest link or selected text carried; longer ones are cut by the sender. */
export const MAX_LINK = 4096;
export const MAX_VALUE = 1024;
/** What the host reports of a command's output, stdout and stderr together. */
export const MAX_OUTPUT = 2000;

export type BridgeEvent = CallEventName | 'TEST';

// '00'-'07', a placeholder name, or 'sip:<header name>' (src/integra/placeholders.ts).
const VALUE_KEY = /^(?:0[0-7]|[a-z_]{1,32}|sip:[a-z0-9!%*_+`'~.-]{1,64})$/;

const v = literal(PROTOCOL_VERSION);
const id = integer(1, Number.MAX_SAFE_INTEGER);
const version = text({ min: 1, max: 32, pattern: /^[0-9A-Za-z.+-]+$/ });

export interface RunRequest {
  v: 1;
  id: number;
  type: 'run';
  rule: string;
  event: BridgeEvent;
  values: Record<string, string>;
}

const runRequest: Checker<RunRequest> = object({
  v,
  id,
  type: literal('run'),
  rule: text({ min: 1, max: 64, pattern: RULE_ID }),
  event: oneOf([...CALL_EVENTS, 'TEST'] as const),
  values: record(text({ max: 70, pattern: VALUE_KEY }), text({ max: MAX_VALUE }), 64),
}) as Checker<RunRequest>;

/** What the host answered a run: the command ran (any exit code), or it was refused. */
export type RunResult =
  | {
      ok: true;
      /** null when a signal ended it, or the time limit did. */
      exitCode: number | null;
      signal: string | null;
      timedOut: boolean;
      /** stdout then stderr, cut to MAX_OUTPUT. */
      output: string;
    }
  | {
      ok: false;
      /**
       * unknown-rule: the host's file has no such rule; refused: a value or the target failed a
       * check; no-host: the extension found no native host to ask (not installed, or it cannot
       * start), which only the extension answers.
       */
      error: 'unknown-rule' | 'refused' | 'failed' | 'no-host';
      detail: string;
    };

const ranResult = object({
  ok: literal(true),
  exitCode: nullable(integer(-(2 ** 31), 2 ** 32)),
  signal: nullable(text({ max: 16, pattern: /^[A-Z0-9]+$/ })),
  timedOut: boolean(),
  output: text({ max: MAX_OUTPUT }),
});
const refusedResult = object({
  ok: literal(false),
  error: oneOf(['unknown-rule', 'refused', 'failed', 'no-host'] as const),
  detail: text({ max: 500 }),
});
const runResult: Checker<RunResult> = (input, field) =>
  (typeof input === 'object' && input !== null && (input as { ok?: unknown }).ok === true
    ? ranResult
    : refusedResult)(input, field);

/** The host as the extension sees it: null when it is not installed or cannot start. */
export type HostStatus = { version: string } | null;
const hostStatus: Checker<HostStatus> = nullable(object({ version }));

// ---- The app and the extension, over the private port the relay hands the page.

export type AppRequest = { v: 1; id: number; type: 'hello' } | RunRequest;

export const checkAppRequest: Checker<AppRequest> = tagged<AppRequest>({
  hello: object({ v, id, type: literal('hello') }),
  run: runRequest,
});

export type ToApp =
  | { v: 1; id: number; type: 'hello'; extension: string; host: HostStatus }
  | { v: 1; id: number; type: 'ran'; result: RunResult }
  /** A command link caught on a page, from the OS, or from the phone's menu. */
  | { v: 1; type: 'link'; link: string }
  /** Text to dial as the dial box would: the context menu's or a command's selection. */
  | { v: 1; type: 'dial-text'; text: string }
  /** The host came or went. */
  | { v: 1; type: 'host'; host: HostStatus };

export const checkToApp: Checker<ToApp> = tagged<ToApp>({
  hello: object({ v, id, type: literal('hello'), extension: version, host: hostStatus }),
  ran: object({ v, id, type: literal('ran'), result: runResult }),
  link: object({ v, type: literal('link'), link: text({ min: 1, max: MAX_LINK }) }),
  'dial-text': object({ v, type: literal('dial-text'), text: text({ min: 1, max: MAX_LINK }) }),
  host: object({ v, type: literal('host'), host: hostStatus }),
}) as Checker<ToApp>;

// ---- The extension and the native host, over native messaging.

export type HostRequest =
  | { v: 1; id: number; type: 'hello' }
  | RunRequest
  /** The OS's selection (PRIMARY on X11 and Wayland), for the OS-wide dial command. */
  | { v: 1; id: number; type: 'selection' };

export const checkHostRequest: Checker<HostRequest> = tagged<HostRequest>({
  hello: object({ v, id, type: literal('hello') }),
  run: runRequest,
  selection: object({ v, id, type: literal('selection') }),
});

export type FromHost =
  | { v: 1; id: number; type: 'hello'; version: string }
  | { v: 1; id: number; type: 'ran'; result: RunResult }
  /** text: null when the OS has no selection or no tool to read it; detail says which. */
  | { v: 1; id: number; type: 'selection'; text: string | null; detail: string }
  /** A request the host could not read; id 0 when it had none. */
  | { v: 1; id: number; type: 'refused'; problem: string }
  /** A link the OS handed the host (`voispeed:` opened from another program). */
  | { v: 1; type: 'link'; link: string };

export const checkFromHost: Checker<FromHost> = tagged<FromHost>({
  hello: object({ v, id, type: literal('hello'), version }),
  ran: object({ v, id, type: literal('ran'), result: runResult }),
  selection: object({
    v,
    id,
    type: literal('selection'),
    text: nullable(text({ max: MAX_LINK })),
    detail: text({ max: 200 }),
  }),
  refused: object({
    v,
    id: integer(0, Number.MAX_SAFE_INTEGER),
    type: literal('refused'),
    problem: text({ max: 500 }),
  }),
  link: object({ v, type: literal('link'), link: text({ min: 1, max: MAX_LINK }) }),
}) as Checker<FromHost>;

/**
 * Checks a message received from another party: its size as JSON first (a structured clone with
 * a cycle, or a huge one, is refused before any field is read), then its fields.
 */
export function readMessage<T>(check: Checker<T>, input: unknown): Checked<T> {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return { ok: false, field: '', problem: 'is not plain data' };
  }
  if (json === undefined) return { ok: false, field: '', problem: 'is not plain data' };
  if (json.length > MAX_MESSAGE_CHARS) {
    return { ok: false, field: '', problem: `is longer than ${MAX_MESSAGE_CHARS} characters` };
  }
  return check(input, '');
}

/** A problem in words, for logs and refusals: `values.01 is longer than 1024`. */
export function problemText(checked: { field: string; problem: string }): string {
  return checked.field === ''
    ? `the message ${checked.problem}`
    : `${checked.field} ${checked.problem}`;
}
