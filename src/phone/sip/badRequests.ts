// Screens every SIP message before JsSIP sees it. JsSIP drops what its parser rejects, and
// requests without a mandatory header, without a word; it throws on some (`Contact: *`, a tel:
// Request-URI) and rings an INVITE whose CSeq names another method. Such a request is answered
// here, statelessly, and never reaches JsSIP: no session, no ringing, no history, no Integra.
import { parseNameAddr } from './sipMessage';
import { firstValue, type RawSip, randomTag, readRawSip, statelessReply } from './statelessReply';

/** What JsSIP's own parser made of a message (see readWithJsSip in sipAdapter.ts). */
export interface ReadSip {
  /** Status code of a response, 0 for a request. */
  status: number;
  /** Method of the request line; for a response, the method in its CSeq. */
  method: string;
  /** Method in the CSeq header, '' when absent. */
  cseqMethod: string;
  /** Scheme of the Request-URI, '' when JsSIP made no SIP URI of it (or a response). */
  uriScheme: string;
  toTag: boolean;
  contentLength: number | undefined;
  has(name: string): boolean;
}

/** JsSIP's parser: undefined (or a throw) where JsSIP's transport would drop the message. */
export type SipReader = (text: string) => ReadSip | undefined;

export type Verdict =
  | { action: 'pass' }
  | { action: 'drop'; warning: string }
  | { action: 'answer'; response: string; warning: string };

interface Problem {
  status: number;
  reason: string;
  /** Completes "because ...". */
  why: string;
}

const PASS: Verdict = { action: 'pass' };
const MANDATORY = ['Via', 'From', 'To', 'Call-ID', 'CSeq'];
// Header names as JsSIP's parser knows them, for the reason phrase (`400 Bad Call-ID`).
const PARSED_HEADERS = [
  ...MANDATORY,
  ...['Contact', 'Content-Length', 'Content-Type', 'Max-Forwards', 'Record-Route', 'Event'],
  ...['Refer-To', 'Replaces', 'Session-Expires', 'WWW-Authenticate', 'Proxy-Authenticate'],
];
const PROBE_LINE = 'OPTIONS sip:probe@probe.invalid SIP/2.0';
const REQUEST_LINE = /^([!-~]+)[ \t]+\S+[ \t]+SIP\/\d+\.\d+$/i;

export function screenIncoming(text: string, read: SipReader, newTag = randomTag): Verdict {
  // Keepalives (RFC 5626 §4.4.1): JsSIP's transport answers and absorbs these itself.
  if (text === '\r\n' || text === '\r\n\r\n') return PASS;
  const raw = readRawSip(text);
  const parsed = tryRead(read, text);
  const method = parsed ? parsed.method : (REQUEST_LINE.exec(raw.startLine)?.[1] ?? '');
  const isRequest = parsed ? parsed.status === 0 : method !== '';
  if (!parsed && !isRequest && !raw.startLine.startsWith('SIP/')) {
    const warning = `Dropped a WebSocket message that is not SIP: it begins ${quote(text.slice(0, 40))}.`;
    return { action: 'drop', warning };
  }
  const problem = parsed
    ? isRequest
      ? requestProblem(parsed, raw)
      : missingHeader(parsed)
    : unparsable(text, raw, read);
  if (!problem) return PASS;
  const about = `${problem.why}${callIdNote(raw, problem)}`;
  if (!isRequest) return { action: 'drop', warning: `Dropped a SIP response because ${about}.` };
  const article = /^[AEIOU]/.test(method) ? 'an' : 'a';
  if (method === 'ACK') {
    return { action: 'drop', warning: `Dropped an ACK (never answered) because ${about}.` };
  }
  const answer = `${problem.status} ${problem.reason}`;
  return {
    action: 'answer',
    response: statelessReply(raw, problem.status, problem.reason, newTag()),
    warning: `Answered ${article} ${method} request with "${answer}" because ${about}.`,
  };
}

function tryRead(read: SipReader, text: string): ReadSip | undefined {
  try {
    return read(text);
  } catch {
    return undefined;
  }
}

function missingHeader(parsed: ReadSip): Problem | undefined {
  const name = MANDATORY.find((header) => !parsed.has(header));
  return name
    ? { status: 400, reason: `Missing ${name}`, why: `it has no ${name} header` }
    : undefined;
}

/** Requests JsSIP parses but drops, throws on, or handles wrongly. */
function requestProblem(parsed: ReadSip, raw: RawSip): Problem | undefined {
  const missing = missingHeader(parsed);
  if (missing) return missing;
  const { method, cseqMethod } = parsed;
  if (cseqMethod !== method) {
    const why = `its CSeq method ${quote(cseqMethod)} does not match the request method ${method}`;
    return { status: 400, reason: 'Bad CSeq', why };
  }
  if (parsed.uriScheme !== 'sip' && parsed.uriScheme !== 'sips') {
    const uri = raw.startLine.split(/[ \t]+/)[1] ?? '';
    return unsupportedScheme(`its Request-URI ${quote(uri)}`);
  }
  const bodyBytes = new TextEncoder().encode(raw.body).length;
  if (parsed.contentLength !== undefined && bodyBytes < parsed.contentLength) {
    const why = `its Content-Length of ${parsed.contentLength} is more than the ${bodyBytes} bytes of body`;
    return { status: 400, reason: 'Bad Content-Length', why };
  }
  // JsSIP answers 500 here: but the fault is the caller's, a call without a Contact has no target.
  if (method === 'INVITE' && !parsed.toTag && !parsed.has('Contact')) {
    return { status: 400, reason: 'Missing Contact', why: 'it has no Contact header' };
  }
  return undefined;
}

/** Finds what JsSIP's parser rejected, by giving it the start line, then each header alone. */
function unparsable(text: string, raw: RawSip, read: SipReader): Problem {
  if (!text.includes('\r\n')) {
    return { status: 400, reason: 'Bad Request', why: 'its lines do not end in CRLF' };
  }
  if (!tryRead(read, `${raw.startLine}\r\n\r\n`)) {
    const why = `its start line ${quote(raw.startLine)} could not be parsed`;
    return { status: 400, reason: 'Bad Request-Line', why };
  }
  let viaSeen = false;
  for (const header of raw.headers) {
    // JsSIP parses only the first Via; the others are copied and never read.
    if (header.name === 'via' && viaSeen) continue;
    viaSeen ||= header.name === 'via';
    if (tryRead(read, `${PROBE_LINE}\r\n${header.written}: ${header.value}\r\n\r\n`)) continue;
    const name = PARSED_HEADERS.find((known) => known.toLowerCase() === header.name);
    const label = name ?? header.written;
    const scheme = name === 'From' || name === 'To' ? parseNameAddr(header.value)?.scheme : '';
    if (scheme && scheme !== 'sip' && scheme !== 'sips') {
      return unsupportedScheme(`its ${label} URI ${quote(header.value)}`);
    }
    const why = `its ${label} header ${quote(header.value)} could not be parsed`;
    return { status: 400, reason: name ? `Bad ${name}` : 'Bad Request', why };
  }
  const ended = /\r\n\r\n/.test(text);
  const why = ended ? 'JsSIP could not parse it' : 'its headers do not end with an empty line';
  return { status: 400, reason: 'Bad Request', why };
}

function unsupportedScheme(what: string): Problem {
  return { status: 416, reason: 'Unsupported URI Scheme', why: `${what} is not a SIP URI` };
}

/** Names the call in the warning, unless the reason already quotes its Call-ID. */
function callIdNote(raw: RawSip, problem: Problem): string {
  const callId = firstValue(raw, 'call-id');
  if (callId === undefined || problem.why.includes('Call-ID')) return '';
  return ` (Call-ID ${quote(callId)})`;
}

/** Quoted and cut short: the text came from outside and may hold anything. */
function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
