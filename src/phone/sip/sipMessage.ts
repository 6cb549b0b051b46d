// Reads raw SIP text (JsSIP's IncomingMessage.data) into plain values for the call facts.
// Every byte comes from outside: nothing here throws, oversized or broken parts are skipped.
import { decodeOrKeep } from '../../commands/decode';

const MAX_HEADERS = 200;
const MAX_LINES = 1000;
const MAX_VALUE = 4096;
const MAX_NAME = 64;

export interface SipMessage {
  /** First line as received, '' when missing or oversized. */
  startLine: string;
  /** Request method (INVITE, BYE...), '' for a response or an unreadable start line. */
  method: string;
  /** Status code of a response, 0 otherwise. */
  status: number;
  /** Values in order of arrival by lower-case full name; list headers are split at top-level commas. */
  headers: ReadonlyMap<string, readonly string[]>;
  body: string;
}

export interface NameAddr {
  /** Unquoted, unescaped display name exactly as sent (spaces and tabs kept), '' when none. */
  displayName: string;
  /** The URI as written, without the angle brackets. */
  uri: string;
  /** Lower-case scheme: sip, sips, tel... */
  scheme: string;
  /**
   * Percent-decoded userinfo exactly as sent (the number of a tel URI): RFC 3261 lets a user hold
   * `;`, `&`, `=`, `?` and `/`, so nothing before the `@` is cut off, a `:password` included.
   */
  user: string;
  /** Lower-case host without port, '' for tel and unknown schemes. */
  host: string;
  uriParams: Readonly<Record<string, string>>;
  /** Percent-decoded URI headers (`?Reason=...`) by lower-case name. */
  uriHeaders: Readonly<Record<string, string>>;
  /** Header params after the address (tag, index, reason...) by lower-case name. */
  params: Readonly<Record<string, string>>;
}

// RFC 3261 §7.3.3 and later RFCs; a Map, because a plain object answers 'constructor'.
const COMPACT = new Map(
  (
    'a=accept-contact b=referred-by c=content-type d=request-disposition e=content-encoding ' +
    'f=from i=call-id j=reject-contact k=supported l=content-length m=contact n=identity-info ' +
    'o=event r=refer-to s=subject t=to u=allow-events v=via x=session-expires y=identity'
  )
    .split(' ')
    .map((pair): [string, string] => [pair.slice(0, 1), pair.slice(2)]),
);

// Only headers whose grammar is a comma list are split: Date, From or WWW-Authenticate hold commas.
const LIST_HEADERS = new Set(
  (
    'via contact route record-route allow supported require proxy-require unsupported accept ' +
    'accept-encoding accept-language content-encoding allow-events diversion history-info ' +
    'p-asserted-identity p-preferred-identity remote-party-id reason path service-route ' +
    'alert-info call-info error-info in-reply-to warning'
  ).split(' '),
);

const TOKEN = /^[A-Za-z0-9!%*_+`'~.-]+$/;

/** The full lower-case name of a header written in any case, or in its compact form. */
export function canonicalHeaderName(name: string): string {
  const lower = name.trim().toLowerCase();
  return COMPACT.get(lower) ?? lower;
}

export function parseSipMessage(raw: string): SipMessage {
  const text = typeof raw === 'string' ? raw : '';
  const blank = /\r?\n\r?\n/.exec(text);
  const head = blank ? text.slice(0, blank.index) : text;
  const body = blank ? text.slice(blank.index + blank[0].length) : '';
  const lines = head.split(/\r?\n/, MAX_LINES);
  const first = lines[0] ?? '';
  const request = /^([A-Za-z]+) \S+ SIP\/2\.0\s*$/.exec(first);
  const response = /^SIP\/2\.0 (\d{3})(?: .*)?$/.exec(first);
  const hasStart = first.length <= MAX_VALUE && (request !== null || response !== null);
  return {
    startLine: hasStart ? first : '',
    method: hasStart && request ? (request[1] ?? '').toUpperCase() : '',
    status: hasStart && response ? Number(response[1]) : 0,
    headers: readHeaders(hasStart ? lines.slice(1) : lines),
    body,
  };
}

function readHeaders(lines: readonly string[]): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let name = '';
  let value = '';
  let count = 0;
  const flush = (): void => {
    if (name === '' || value.length > MAX_VALUE) return;
    const values = LIST_HEADERS.has(name) ? splitList(value) : [value];
    const list = headers.get(name) ?? [];
    list.push(...values);
    if (list.length > 0) headers.set(name, list);
  };
  for (const line of lines) {
    if (/^[ \t]/.test(line)) {
      // Folded continuation (RFC 3261 §7.3.1): joined with one space; stop growing once oversized.
      if (name !== '' && value.length <= MAX_VALUE) value += ` ${line.trim()}`;
      continue;
    }
    flush();
    name = '';
    if (count >= MAX_HEADERS) break;
    const colon = line.indexOf(':');
    const rawName = colon > 0 ? line.slice(0, colon).trim() : '';
    if (rawName.length === 0 || rawName.length > MAX_NAME || !TOKEN.test(rawName)) continue;
    name = canonicalHeaderName(rawName);
    value = line.slice(colon + 1).trim();
    count++;
  }
  flush();
  return headers;
}

/** All values of a header, compact or full name in any case; [] when absent. */
export function headerValues(message: SipMessage, name: string): readonly string[] {
  return message.headers.get(canonicalHeaderName(name)) ?? [];
}

/** Splits at commas outside quoted strings and <...>, dropping empty elements. */
export function splitList(value: string): string[] {
  return splitOutside(value, ',').filter((part) => part !== '');
}

function splitOutside(value: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let angle = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted && ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '<') angle = true;
    else if (!quoted && ch === '>') angle = false;
    else if (!quoted && !angle && ch === separator) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts;
}

/** Parses `"Name" <sip:user@host;p>;tag=x`, `<sip:...>`, bare `sip:user@host;tag=x` or `tel:+39...`. */
export function parseNameAddr(value: string): NameAddr | undefined {
  if (typeof value !== 'string' || value.length > MAX_VALUE) return undefined;
  const text = value.trim();
  const open = indexOutsideQuotes(text, '<');
  if (open === -2) return undefined;
  let displayName = '';
  let uri: string;
  let rest: string;
  if (open >= 0) {
    const close = text.indexOf('>', open);
    if (close < 0) return undefined;
    displayName = readDisplayName(text.slice(0, open).trim());
    uri = text.slice(open + 1, close).trim();
    rest = text.slice(close + 1);
  } else {
    // Without brackets, everything after the first ';' belongs to the header (RFC 3261 §20.10).
    const semi = text.indexOf(';');
    uri = semi < 0 ? text : text.slice(0, semi);
    rest = semi < 0 ? '' : text.slice(semi);
  }
  const address = parseUri(uri);
  return address ? { displayName, uri, ...address, params: readParams(rest) } : undefined;
}

/** Index of `ch` outside double quotes, -1 when absent, -2 when a quote is left open. */
function indexOutsideQuotes(text: string, ch: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) return i;
  }
  return quoted ? -2 : -1;
}

/** A quoted string's content unescaped, else the text as written: the name as the caller sent it. */
function readDisplayName(text: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"$/s.exec(text);
  return quoted ? (quoted[1] ?? '').replace(/\\(.)/gs, '$1') : text;
}

type UriParts = Pick<NameAddr, 'scheme' | 'user' | 'host' | 'uriParams' | 'uriHeaders'>;

function parseUri(uri: string): UriParts | undefined {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):([^\s<>"]+)$/.exec(uri);
  if (!match) return undefined;
  const scheme = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  if (scheme === 'tel') return telUri(rest);
  if (scheme !== 'sip' && scheme !== 'sips') {
    return { scheme, user: '', host: '', uriParams: {}, uriHeaders: headersAfter(rest) };
  }
  // `@` may stand nowhere else in a SIP URI, so all before it is the user, `?` and `;` included.
  const at = rest.indexOf('@');
  const userInfo = at < 0 ? '' : rest.slice(0, at);
  const afterUser = rest.slice(at + 1);
  const query = afterUser.indexOf('?');
  const [hostPort = '', ...params] = (query < 0 ? afterUser : afterUser.slice(0, query)).split(';');
  const host = hostPort.startsWith('[')
    ? hostPort.slice(0, hostPort.indexOf(']') + 1)
    : (hostPort.split(':')[0] ?? '');
  return {
    scheme,
    user: decodeOrKeep(userInfo),
    host: host.toLowerCase(),
    uriParams: readParams(params.join(';')),
    uriHeaders: headersAfter(afterUser),
  };
}

// RFC 3966 parameters: `;name` or `;name=value` of paramchars; only these end a tel number.
const TEL_PARAMS = /^(?:;[A-Za-z0-9-]+(?:=(?:[A-Za-z0-9\-_.!~*'()[\]/:&+$]|%[0-9A-Fa-f]{2})+)?)+$/;

/** A tel URI's number ends where well-formed parameters start; else the whole text is the number. */
function telUri(rest: string): UriParts {
  const query = rest.indexOf('?');
  const beforeQuery = query < 0 ? rest : rest.slice(0, query);
  const semi = beforeQuery.indexOf(';');
  const params = semi < 0 ? '' : beforeQuery.slice(semi);
  const split = params !== '' && TEL_PARAMS.test(params);
  return {
    scheme: 'tel',
    user: decodeOrKeep(split ? beforeQuery.slice(0, semi) : beforeQuery),
    host: '',
    uriParams: split ? readParams(params) : {},
    uriHeaders: headersAfter(rest),
  };
}

function headersAfter(text: string): Record<string, string> {
  const query = text.indexOf('?');
  return query < 0 ? {} : readUriHeaders(text.slice(query + 1));
}

/** `;a=1;b;c="x;y"` → { a: '1', b: '', c: 'x;y' }. fromEntries defines own keys, so `__proto__` stays data. */
function readParams(text: string): Record<string, string> {
  const entries = splitOutside(text, ';')
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const raw = eq < 0 ? '' : part.slice(eq + 1).trim();
      return [key, /^".*"$/s.test(raw) ? readDisplayName(raw) : raw];
    });
  return Object.fromEntries(entries);
}

function readUriHeaders(text: string): Record<string, string> {
  const entries = text.split('&').map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    const key = decodeOrKeep(eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    return [key, decodeOrKeep(eq < 0 ? '' : pair.slice(eq + 1))];
  });
  return Object.fromEntries(entries.filter(([key]) => key !== ''));
}
