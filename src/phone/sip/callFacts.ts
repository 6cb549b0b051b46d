// Turns SIP into the CallFacts that Integra and history read (!00-!07, docs/integra.md).
// Header values are hostile: each fact falls back to the next source, then to ''.

import { pbxAnswerAfterMs } from '../autoAnswer';
import { toPhoneNumber } from '../dialString';
import type { CallFacts } from '../types';
import {
  headerValues,
  type NameAddr,
  parseNameAddr,
  parseSipMessage,
  type SipMessage,
} from './sipMessage';

// No real number or SIP user is longer; a longer one is refused (no number), never cut.
const MAX_NUMBER = 64;

interface Party {
  number: string;
  name: string;
}

/**
 * A party's number from a user part: a phone number written with separators (`+39 02-6161.616`)
 * loses them; anything else is kept exactly as sent, since a cleaned-up value would name another
 * party. Too long is '' (no number).
 */
export function numberOf(user: string): string {
  if (user.length > MAX_NUMBER) return '';
  // The separators a redial would drop too, so it calls the number shown.
  return toPhoneNumber(user) ?? user;
}

/** The display name stays exact for Integra; the UI isolates and escapes it where it shows it. */
function partyOf(address: NameAddr | undefined): Party | undefined {
  const number = address ? numberOf(address.user) : '';
  return address && number !== '' ? { number, name: address.displayName } : undefined;
}

/** The first value of a header that names a party with a usable number. */
function firstParty(
  values: readonly string[],
  accept: (address: NameAddr) => boolean = () => true,
): Party | undefined {
  for (const value of values) {
    const address = parseNameAddr(value);
    const party = address && accept(address) ? partyOf(address) : undefined;
    if (party) return party;
  }
  return undefined;
}

interface Redirection {
  original: string;
  forwarded: boolean;
}

/** RFC 5806: each diverting proxy adds its value on top, so the last value is the original target. */
function diversionOf(message: SipMessage): Redirection {
  const numbers = headerValues(message, 'diversion')
    .map((value) => partyOf(parseNameAddr(value))?.number ?? '')
    .filter((number) => number !== '');
  return { original: numbers.at(-1) ?? '', forwarded: numbers.length > 0 };
}

/**
 * RFC 7044: entries sorted by index, the first is the original target. A second entry alone is
 * not a forward: a proxy also records the registered contact it reached (`rc`), which keeps the
 * user. So the call counts as forwarded when an entry carries a cause (RFC 4458 `cause` URI
 * param or an escaped `?Reason=`), or when the entries other than `rc` ones name different users.
 */
function historyOf(message: SipMessage): Redirection {
  const entries = headerValues(message, 'history-info')
    .map((value) => parseNameAddr(value))
    .filter((entry): entry is NameAddr => entry !== undefined);
  const ordered = entries.every((entry) => validIndex(entry.params.index))
    ? [...entries].sort((a, b) => compareIndex(a.params.index ?? '', b.params.index ?? ''))
    : entries;
  const users = new Set(
    ordered
      .filter((entry) => entry.params.rc === undefined)
      .map((entry) => numberOf(entry.user))
      .filter((user) => user !== ''),
  );
  const caused = ordered.some(
    (entry) => entry.uriParams.cause !== undefined || entry.uriHeaders.reason !== undefined,
  );
  const first = ordered[0];
  return {
    original: first ? numberOf(first.user) : '',
    forwarded: first !== undefined && (caused || users.size > 1),
  };
}

function validIndex(index: string | undefined): boolean {
  return index !== undefined && /^\d{1,9}(\.\d{1,9}){0,31}$/.test(index);
}

/** Dotted index order: 1 < 1.1 < 1.1.1 < 1.2 < 2. */
function compareIndex(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** First value per header name, exactly as received (the SIP reader has dropped oversized ones). */
function headerFacts(message: SipMessage): Record<string, string> {
  const entries: [string, string][] = [];
  for (const [name, values] of message.headers) entries.push([name, values[0] ?? '']);
  // fromEntries defines own properties, so a header called `__proto__` stays plain data.
  return Object.fromEntries(entries);
}

export function incomingCallFacts(
  raw: string,
  ownExtension: string,
  serverClockOffsetMs: number,
): CallFacts {
  const message = parseSipMessage(raw);
  const from = firstParty(headerValues(message, 'from'));
  const asserted = firstParty(headerValues(message, 'p-asserted-identity'));
  // Remote-Party-ID also describes the callee (party=called); only the caller's identity counts.
  const rpid = firstParty(headerValues(message, 'remote-party-id'), (address) =>
    ['calling', undefined].includes(address.params.party?.toLowerCase()),
  );
  const remote = asserted ?? rpid ?? from;
  // A name from From only belongs to the asserted number when both name the same party.
  const named = (party: Party | undefined) =>
    party && party.name.trim() !== '' ? party : undefined;
  const remoteName =
    named(remote)?.name ?? (from && from.number === remote?.number ? from.name : '');
  const ownDirectNumber =
    partyOf(parseNameAddr(headerValues(message, 'to')[0] ?? ''))?.number ?? '';
  const history = historyOf(message);
  const diversion = diversionOf(message);
  const originalCalled =
    (history.forwarded ? history.original : '') ||
    diversion.original ||
    history.original ||
    ownDirectNumber;
  // Every element of these lists counts: `headers` keeps only the first of each.
  const answerAfter = pbxAnswerAfterMs({
    callInfo: headerValues(message, 'call-info'),
    alertInfo: headerValues(message, 'alert-info'),
    answerMode: headerValues(message, 'answer-mode'),
  });
  return {
    // Whole, as JsSIP matches it: a Call-ID cut or cleaned would no longer name the call.
    callId: headerValues(message, 'call-id')[0] ?? '',
    direction: 'incoming',
    ownExtension: numberOf(ownExtension),
    remoteNumber: remote?.number ?? '',
    remoteName,
    ownDirectNumber,
    originalCaller: asserted?.number ?? from?.number ?? '',
    originalCalled,
    forwarded: history.forwarded || diversion.forwarded,
    serverClockOffsetMs: Number.isFinite(serverClockOffsetMs) ? serverClockOffsetMs : 0,
    headers: headerFacts(message),
    ...(answerAfter === undefined ? {} : { pbxAnswerAfterMs: answerAfter }),
  };
}

export interface OutgoingCall {
  callId: string;
  ownExtension: string;
  /** What was dialled: `sip:201@pbx`, `201@pbx` or a number. */
  target: string;
  serverClockOffsetMs: number;
}

function targetNumber(target: string): string {
  const text = target.trim();
  if (/^<?[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) return numberOf(parseNameAddr(text)?.user ?? '');
  const at = text.indexOf('@');
  return numberOf(at < 0 ? text : text.slice(0, at));
}

export function outgoingCallFacts(call: OutgoingCall): CallFacts {
  const remoteNumber = targetNumber(call.target);
  const ownExtension = numberOf(call.ownExtension);
  return {
    callId: call.callId,
    direction: 'outgoing',
    ownExtension,
    remoteNumber,
    remoteName: '',
    ownDirectNumber: '',
    originalCaller: ownExtension,
    originalCalled: remoteNumber,
    forwarded: false,
    serverClockOffsetMs: Number.isFinite(call.serverClockOffsetMs) ? call.serverClockOffsetMs : 0,
    headers: {},
  };
}
