// The user's extended ID on an outgoing call (docs/links.md): sent to the PBX in a SIP header whose
// name is a setting, kept in the history. Both parts are checked here, where the header is built.

export const DEFAULT_EXTENDED_ID_HEADER = 'X-Extended-ID';

// An RFC 3261 token; the headers JsSIP writes itself are not for a setting to replace.
const HEADER_NAME = /^[A-Za-z0-9!%'*+._`~-]{1,64}$/;
const RESERVED = new Set([
  'via',
  'from',
  'to',
  'call-id',
  'cseq',
  'contact',
  'max-forwards',
  'content-type',
  'content-length',
  'route',
  'record-route',
  'authorization',
  'proxy-authorization',
]);
// Printable ASCII only: no line break can end the header and start another.
const VALUE = /^[\x20-\x7E]{1,64}$/;

export function isExtendedIdHeaderName(name: string): boolean {
  return HEADER_NAME.test(name) && !RESERVED.has(name.toLowerCase());
}

/** The header line, or undefined when the name or the ID is not safe to send. */
export function extendedIdHeaderLine(name: string, extendedId: string): string | undefined {
  const value = extendedId.trim();
  if (!isExtendedIdHeaderName(name) || !VALUE.test(value)) return undefined;
  return `${name}: ${value}`;
}
