// navigator.registerProtocolHandler: asks the browser to open web+voispeed:, tel: and sip: links
// with this app (as `/?uri=…`, like the manifest's protocol_handlers). Call it from a click.

/** A bare `voispeed:` cannot be registered by a web page: only `web+` schemes and a safelist. */
export const LINK_SCHEMES = ['web+voispeed', 'tel', 'sip'] as const;
export type LinkScheme = (typeof LINK_SCHEMES)[number];

/**
 * 'requested': the browser took the request; it may still ask the user (Chrome shows an icon in
 * the address bar), and no API says what the user answered. 'unsupported': the browser has no
 * registerProtocolHandler or does not allow this scheme. 'refused': it threw otherwise (an
 * insecure origin, a policy, an embedded frame).
 */
export type HandlerRegistration = 'requested' | 'unsupported' | 'refused';

export interface ProtocolNavigator {
  registerProtocolHandler?: (scheme: string, url: string) => void;
}

/** The handler address for an origin such as `https://phone.example.com`. */
export function handlerUrl(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/?uri=%s`;
}

function errorName(error: unknown): unknown {
  return typeof error === 'object' && error !== null
    ? (error as { name?: unknown }).name
    : undefined;
}

function registerOne(nav: ProtocolNavigator, scheme: LinkScheme, url: string): HandlerRegistration {
  if (typeof nav.registerProtocolHandler !== 'function') return 'unsupported';
  try {
    nav.registerProtocolHandler(scheme, url);
    return 'requested';
  } catch (error) {
    // SyntaxError is how the API says "not a scheme this browser lets pages handle".
    return errorName(error) === 'SyntaxError' ? 'unsupported' : 'refused';
  }
}

export function registerLinkHandlers(
  nav: ProtocolNavigator = navigator,
  origin: string = window.location.origin,
): Record<LinkScheme, HandlerRegistration> {
  const url = handlerUrl(origin);
  return {
    'web+voispeed': registerOne(nav, 'web+voispeed', url),
    tel: registerOne(nav, 'tel', url),
    sip: registerOne(nav, 'sip', url),
  };
}
