// The one origin the bridge serves: the phone app's, from the address an administrator set by
// policy or the user typed in the options page. Pure: the storage reads are in config.ts.

export type AppUrlProblem = 'empty' | 'not-a-url' | 'scheme' | 'http-not-loopback' | 'userinfo';

export type AppUrl =
  | { ok: true; url: string; origin: string }
  | { ok: false; problem: AppUrlProblem };

// Plain http is only safe where no one on the network can stand in for the server.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An address typed or set by policy, checked: what to open, and the origin to match. */
export function parseAppUrl(input: unknown): AppUrl {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'scheme' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return { ok: false, problem: 'http-not-loopback' };
  }
  // A name and password in the address would be sent with every tab the bridge opens.
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'userinfo' };
  // The hash is the page's own; a `?uri=` the bridge adds must not land inside it.
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin };
}

/** Managed storage wins: an administrator's address cannot be changed in the options page. */
export function chooseAppUrl(
  managed: unknown,
  local: unknown,
): { source: 'managed' | 'local' | 'none'; value: string } {
  if (typeof managed === 'string' && managed.trim() !== '') {
    return { source: 'managed', value: managed };
  }
  if (typeof local === 'string' && local.trim() !== '') return { source: 'local', value: local };
  return { source: 'none', value: '' };
}

/**
 * Whether an address (a page's, a sender's) is on the configured origin: scheme, host and port
 * exactly, as `URL.origin` spells them (default ports dropped, host lower-cased). An empty or
 * broken configuration matches nothing.
 */
export function isAppOrigin(configuredOrigin: string, candidate: unknown): boolean {
  if (configuredOrigin === '' || configuredOrigin === 'null') return false;
  return originOf(candidate) === configuredOrigin;
}

/** The origin of an address or origin string; undefined when it has none worth matching. */
export function originOf(candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || candidate === '') return undefined;
  try {
    const origin = new URL(candidate).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
