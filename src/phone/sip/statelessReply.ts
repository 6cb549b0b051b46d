// Reads a SIP message from its raw text line by line, as loosely as possible, and writes a
// stateless response to it: even a request JsSIP cannot parse can then be answered.
import { canonicalHeaderName } from './sipMessage';

export interface RawHeader {
  /** Lower-case full name (compact forms expanded). */
  name: string;
  /** The name as written. */
  written: string;
  /** The value as received, trimmed, folded lines joined by one space. */
  value: string;
}

export interface RawSip {
  startLine: string;
  headers: readonly RawHeader[];
  body: string;
}

/** Splits the text into start line, headers and body; bare LF line ends are accepted too. */
export function readRawSip(text: string): RawSip {
  const blank = /\r?\n\r?\n/.exec(text);
  const head = blank ? text.slice(0, blank.index) : text;
  const body = blank ? text.slice(blank.index + blank[0].length) : '';
  const [startLine = '', ...lines] = head.split(/\r?\n/);
  const headers: RawHeader[] = [];
  for (const line of lines) {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line)) {
      if (last) last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const written = line.slice(0, colon).trim();
    const name = canonicalHeaderName(written);
    headers.push({ name, written, value: line.slice(colon + 1).trim() });
  }
  return { startLine: startLine.trim(), headers, body };
}

export function firstValue(message: RawSip, name: string): string | undefined {
  return message.headers.find((header) => header.name === name)?.value;
}

/**
 * A final response built from the request's text alone (RFC 3261 §8.2.6): every Via in order,
 * From, To with a tag of ours unless it has one, Call-ID and CSeq exactly as received.
 */
export function statelessReply(
  request: RawSip,
  status: number,
  reason: string,
  toTag: string,
): string {
  const lines = [`SIP/2.0 ${status} ${reason}`];
  for (const header of request.headers) {
    if (header.name === 'via') lines.push(`Via: ${header.value}`);
  }
  const from = firstValue(request, 'from');
  const to = firstValue(request, 'to');
  const callId = firstValue(request, 'call-id');
  const cseq = firstValue(request, 'cseq');
  if (from !== undefined) lines.push(`From: ${from}`);
  if (to !== undefined) lines.push(`To: ${hasTag(to) ? to : `${to};tag=${toTag}`}`);
  if (callId !== undefined) lines.push(`Call-ID: ${callId}`);
  if (cseq !== undefined) lines.push(`CSeq: ${cseq}`);
  lines.push('Content-Length: 0', '', '');
  return lines.join('\r\n');
}

/** A tag parameter after the address: after `>`, or anywhere after a bare URI. */
function hasTag(to: string): boolean {
  return /;\s*tag\s*=/i.test(to.slice(to.lastIndexOf('>') + 1));
}

/** A To tag for a stateless answer: 32 random bits at least (RFC 3261 §19.3). */
export function randomTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
