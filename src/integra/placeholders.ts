// The values a rule's template can use: !00-!07 as numbered in docs/integra.md, and named ones
// (!{name}).
// One table names every placeholder, so the expansion, the POST body and the help agree.
import type { CallEventName, CallFacts } from '../phone/types';

/** What a rule is fired with: the call, the event, and what the call's facts do not hold. */
export interface IntegraCall {
  event: CallEventName;
  facts: CallFacts;
  /** Local ms of the event; the server's clock offset is added for !04 and the times. */
  at: number;
  extendedId?: string;
  durationSeconds?: number;
  endCause?: string;
  /** The name the phonebook or the lookup URL gave the other party, if any (callerNames.ts). */
  callerName?: string;
}

/** Values by key: '00'..'07' for the numbered ones, the name for the others, 'sip:<lower-case name>'. */
export type PlaceholderValues = Readonly<Record<string, string>>;

/**
 * Every placeholder but the SIP headers. Numbered ones can also be written by name
 * (`!{remote_number}` is `!01`); the POST body carries them all under these names.
 */
export const PLACEHOLDERS = [
  { name: 'own_extension', code: '00' },
  { name: 'remote_number', code: '01' },
  { name: 'event', code: '02' },
  { name: 'own_direct_number', code: '03' },
  { name: 'server_time', code: '04' },
  { name: 'call_id', code: '05' },
  { name: 'original_caller', code: '06' },
  { name: 'original_called', code: '07' },
  { name: 'display_name' },
  { name: 'caller_name' },
  { name: 'direction' },
  { name: 'extended_id' },
  { name: 'duration' },
  { name: 'end_cause' },
  { name: 'iso_time' },
  { name: 'unix_time' },
] as const satisfies readonly { name: string; code?: string }[];

// RFC 3261 token, the grammar of a header name.
const SIP_TOKEN = /^[A-Za-z0-9!%*_+`'~.-]{1,64}$/;

export function isSipToken(text: string): boolean {
  return SIP_TOKEN.test(text);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** !04's `dd/mm/yyyy_HH.MM.SS`, in the local time zone; '' for a time Date cannot hold. */
export function formatServerTime(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  return (
    `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${pad(d.getFullYear(), 4)}_` +
    `${pad(d.getHours())}.${pad(d.getMinutes())}.${pad(d.getSeconds())}`
  );
}

export function placeholderValues(call: IntegraCall): PlaceholderValues {
  const { facts, event } = call;
  const offset = Number.isFinite(facts.serverClockOffsetMs) ? facts.serverClockOffsetMs : 0;
  const server = new Date(call.at + offset);
  const valid = !Number.isNaN(server.getTime());
  const closed = event === 'CALL_CLOSE';
  const values: Record<string, string> = {
    '00': facts.ownExtension,
    '01': facts.remoteNumber,
    '02': event,
    '03': facts.ownDirectNumber,
    '04': formatServerTime(server.getTime()),
    '05': facts.callId,
    '06': facts.originalCaller,
    '07': facts.originalCalled,
    display_name: facts.remoteName,
    caller_name: call.callerName || facts.remoteName,
    direction: facts.direction === 'incoming' ? 'in' : 'out',
    extended_id: call.extendedId ?? '',
    duration: closed ? secondsOf(call.durationSeconds) : '',
    end_cause: closed ? (call.endCause ?? '') : '',
    iso_time: valid ? server.toISOString() : '',
    unix_time: valid ? String(Math.floor(server.getTime() / 1000)) : '',
  };
  for (const [name, value] of Object.entries(facts.headers)) {
    if (isSipToken(name) && typeof value === 'string') values[`sip:${name.toLowerCase()}`] = value;
  }
  return values;
}

/** Whole seconds; a call that closed unanswered, or with no usable duration, lasted 0. */
function secondsOf(duration: number | undefined): string {
  return duration !== undefined && Number.isFinite(duration)
    ? String(Math.max(0, Math.round(duration)))
    : '0';
}

export type Resolved = { ok: true; value: string } | { ok: false; name: string };

// Written name → key in PlaceholderValues: '01' and 'remote_number' both lead to '01'.
const KEYS: ReadonlyMap<string, string> = new Map(
  PLACEHOLDERS.flatMap((p): [string, string][] =>
    'code' in p
      ? [
          [p.code, p.code],
          [p.name, p.code],
        ]
      : [[p.name, p.name]],
  ),
);

/**
 * The value of `!NN` (name '00'..'07') or `!{name}`. A header the INVITE lacks is '' (callers
 * differ), but a name that is no placeholder is an error: a typo must not pop an empty CRM search.
 */
export function resolvePlaceholder(values: PlaceholderValues, name: string): Resolved {
  const key = keyOf(name);
  if (key === undefined) return { ok: false, name };
  return { ok: true, value: Object.hasOwn(values, key) ? (values[key] ?? '') : '' };
}

/** The key in PlaceholderValues for a written name (any case), undefined when it names nothing. */
export function keyOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('sip:')) return isSipToken(name.slice(4)) ? lower : undefined;
  return KEYS.get(lower);
}

/** Every value under its placeholder name, for a POST body; SIP headers stay out of it. */
export function namedValues(values: PlaceholderValues): Record<string, string> {
  const body: Record<string, string> = {};
  for (const p of PLACEHOLDERS) {
    const key = 'code' in p ? p.code : p.name;
    body[p.name] = Object.hasOwn(values, key) ? (values[key] ?? '') : '';
  }
  return body;
}
