// A link the OS hands the host (`voispeed-bridge open 'voispeed:C 101'`): what it may be, and the
// app address that carries it when no browser has the host running. Pure.
import { MAX_LINK } from '../protocol/messages';

/** The schemes the host takes; the app's own parser decides what each link means. */
export const LINK_SCHEMES = ['voispeed', 'web+voispeed', 'callto', 'tel', 'sip'] as const;

export type CheckedLink = { ok: true; link: string } | { ok: false; problem: string };

export function checkLink(input: unknown): CheckedLink {
  if (typeof input !== 'string') return { ok: false, problem: 'the link must be text' };
  if (input.length === 0) return { ok: false, problem: 'the link is empty' };
  if (input.length > MAX_LINK) return { ok: false, problem: `the link is longer than ${MAX_LINK}` };
  // Control characters (NUL, newlines) have no place in a link and would split the socket's lines.
  if (hasControlCharacter(input))
    return { ok: false, problem: 'the link holds a control character' };
  const colon = input.indexOf(':');
  const scheme = colon < 0 ? '' : input.slice(0, colon).toLowerCase();
  if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    return {
      ok: false,
      problem: `the link must start with ${LINK_SCHEMES.map((s) => `${s}:`).join(' ')}`,
    };
  }
  return { ok: true, link: input };
}

/**
 * The app's address with the link in its `uri` parameter. encodeURIComponent, not
 * URLSearchParams: that writes a space as '+', and the app (src/browser/locationLink.ts) reads
 * '+' as itself, so `+39` and `web+voispeed:` arrive whole. Any hash of the address stays last.
 */
export function appLinkUrl(appUrl: string, link: string): string {
  const hashAt = appUrl.indexOf('#');
  const base = hashAt < 0 ? appUrl : appUrl.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : appUrl.slice(hashAt);
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}uri=${encodeURIComponent(link)}${hash}`;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
