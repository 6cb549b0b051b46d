// Every command link (voispeed:, web+voispeed:, tel:, callto:, sip:, sips:) to one typed
// Command or one typed error. Pure and total: whatever arrives, it returns, never throws.
import { hasControlCharacters, percentDecode } from './decode';
import { parseSipBody, parseTelBody } from './telSip';
import { type CommandResult, fail } from './types';
import { parseVoispeedBody } from './voispeedCommand';

/** Longer than any real link; refused before any decoding or matching is spent on it. */
export const MAX_LINK_LENGTH = 2048;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** `voispeed://C 101` and `tel://…` are common; a trailing `/` comes with them from some shells. */
function withoutSlashes(body: string): string {
  const trimmed = body.trim();
  if (!trimmed.startsWith('//')) return trimmed;
  const rest = trimmed.slice(2);
  return rest.endsWith('/') ? rest.slice(0, -1) : rest;
}

/**
 * A link as written in an href (`tel:+39%2002…`, `web+voispeed:C%20101`): the scheme is read as
 * it stands and the rest percent-decoded once. A route that wraps the link in another layer of
 * encoding (the `?uri=` query) undoes that layer before calling this.
 */
export function parseCommand(input: string): CommandResult {
  // Links come from other windows, extensions and ?uri=: not always a string at run time.
  if (typeof input !== 'string') return fail('empty');
  if (input.length > MAX_LINK_LENGTH) return fail('too-long');
  if (hasControlCharacters(input)) return fail('control-characters');
  const link = input.trim();
  if (link === '') return fail('empty');
  const match = SCHEME.exec(link);
  // `voispeed%3AC…`: a scheme never holds a `%`, so the whole link was encoded once too often.
  if (!match) return fail(/^[^:]*%/.test(link) ? 'bad-encoding' : 'unknown-scheme');
  const decoded = percentDecode(link.slice(match[0].length));
  if (decoded === undefined) return fail('bad-encoding');
  if (hasControlCharacters(decoded)) return fail('control-characters');
  const scheme = (match[1] ?? '').toLowerCase();
  const body = withoutSlashes(decoded);
  switch (scheme) {
    case 'voispeed':
    case 'web+voispeed':
      return parseVoispeedBody(body);
    case 'tel':
    case 'callto':
      return body === '' ? fail('empty') : parseTelBody(body);
    case 'sip':
    case 'sips':
      return body === '' ? fail('empty') : parseSipBody(body);
    default:
      return fail('unknown-scheme', scheme);
  }
}
