// The command link in the app's own address (`/?uri=…`, from the protocol handlers, e-mails and
// bookmarklets), read raw, and removed again so a reload does not dial a second time.
import { decodeOrKeep } from '../commands/decode';

/**
 * The longest link carried between windows, the address bar and the launch queue. Far above the
 * parser's own limit on purpose: a longer link is cut to this, never dropped, so the parser still
 * answers 'too-long' instead of the link vanishing without a word.
 */
export const MAX_CARRIED_LINK = 4096;

const PARAMETER = 'uri';

export function clipLink(link: string): string {
  return link.length > MAX_CARRIED_LINK ? link.slice(0, MAX_CARRIED_LINK) : link;
}

/** `[before the query, the query without '?' (undefined when none), '#…' or '']`. */
function splitHref(href: string): [string, string | undefined, string] {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return [beforeHash, undefined, hash];
  return [beforeHash.slice(0, queryAt), beforeHash.slice(queryAt + 1), hash];
}

function nameOf(part: string): string {
  const equals = part.indexOf('=');
  return equals < 0 ? part : part.slice(0, equals);
}

/**
 * The first `uri` value of the query, with the query's own layer of percent-encoding undone once
 * (decodeURIComponent, not URLSearchParams, which turns '+' into a space and would break
 * `web+voispeed:` and `+39`): the link as written in an href, which the parser decodes in turn.
 * A value that does not decode is handed on as it stands, and the parser says it is badly
 * encoded. `?uri` and `?uri=` give '' (the parser then says the link is empty). Undefined when
 * there is no `uri` parameter.
 */
export function linkFromLocation(href: string): string | undefined {
  if (typeof href !== 'string') return undefined;
  const [, query] = splitHref(href);
  if (query === undefined) return undefined;
  let start = 0;
  while (start <= query.length) {
    const end = query.indexOf('&', start);
    const part = query.slice(start, end < 0 ? query.length : end);
    if (nameOf(part) === PARAMETER) {
      const equals = part.indexOf('=');
      return equals < 0 ? '' : decodeOrKeep(clipLink(part.slice(equals + 1)));
    }
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

/** The address without any `uri` parameter; the other parameters and the hash stay as written. */
export function hrefWithoutLink(href: string): string {
  const [base, query, hash] = splitHref(href);
  if (query === undefined) return href;
  const kept = query.split('&').filter((part) => nameOf(part) !== PARAMETER);
  const rest = kept.join('&');
  return rest === '' ? `${base}${hash}` : `${base}?${rest}${hash}`;
}

export interface AddressBar {
  history: Pick<History, 'replaceState' | 'state'>;
  location: Pick<Location, 'href'>;
}

/**
 * Takes the link out of the address bar so a reload, or a bookmark made now, does not run it
 * again. True when the address changed.
 */
export function stripLinkFromLocation(
  history: AddressBar['history'] = window.history,
  location: AddressBar['location'] = window.location,
): boolean {
  const href = location.href;
  const stripped = hrefWithoutLink(href);
  if (stripped === href) return false;
  try {
    history.replaceState(history.state, '', stripped);
    return true;
  } catch {
    // replaceState refuses some addresses (a sandboxed or opaque origin); the link then stays.
    return false;
  }
}
