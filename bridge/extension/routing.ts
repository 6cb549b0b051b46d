// The background's decisions, pure: which ports and tabs belong to the app, where a link or a
// text to dial goes, and how the app's address carries a link. background.ts does the calls.
import type { ToApp } from '../protocol/messages';
import { isAppOrigin, originOf } from './origin';

/** What the background knows of a sender (a subset of chrome.runtime.MessageSender). */
export interface SenderLike {
  id?: string | undefined;
  origin?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined; windowId?: number | undefined } | undefined;
}

/**
 * A relay's port is the app's only when it comes from this extension's content script, in the
 * top frame of a tab whose document is on the configured origin. `sender.origin` is the
 * document's origin as the browser saw it (Chromium); Firefox gives only the address.
 */
export function acceptAppPort(sender: SenderLike, runtimeId: string, appOrigin: string): boolean {
  if (sender.id !== runtimeId) return false;
  if (sender.frameId !== 0) return false;
  if (typeof sender.tab?.id !== 'number') return false;
  const origin = sender.origin ?? originOf(sender.url);
  return isAppOrigin(appOrigin, origin);
}

/**
 * One of this extension's own pages (the options page), not a content script in a web page.
 * `extensionBase` is chrome.runtime.getURL(''), ending in '/': compared as a prefix, because
 * URL.origin is not defined for chrome-extension: addresses everywhere.
 */
export function isExtensionPage(
  sender: SenderLike,
  runtimeId: string,
  extensionBase: string,
): boolean {
  return (
    sender.id === runtimeId &&
    extensionBase.endsWith('/') &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionBase)
  );
}

export interface AppPortEntry {
  /** Order of connection: higher is more recent. */
  order: number;
  tabId: number;
}

/** The port a link goes to: the most recently connected, the tab the user most likely just used. */
export function latestAppPort<T extends AppPortEntry>(ports: Iterable<T>): T | undefined {
  let latest: T | undefined;
  for (const entry of ports) if (!latest || entry.order > latest.order) latest = entry;
  return latest;
}

export interface TabLike {
  id?: number | undefined;
  windowId: number;
  url?: string | undefined;
  lastAccessed?: number | undefined;
}

/** An open tab of the app (maybe not connected yet), the one used last. */
export function pickAppTab<T extends TabLike>(
  tabs: readonly T[],
  appOrigin: string,
): T | undefined {
  let best: T | undefined;
  for (const tab of tabs) {
    if (typeof tab.id !== 'number' || !isAppOrigin(appOrigin, tab.url)) continue;
    if (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab;
  }
  return best;
}

/**
 * The app's address carrying a link as `?uri=`: one layer of encodeURIComponent, which the app
 * undoes with decodeURIComponent (src/browser/locationLink.ts). URLSearchParams would write a
 * space as '+', which the app would read back as a '+': `+39` must stay `+39`.
 */
export function appUrlWithLink(appUrl: string, link: string): string {
  const hashAt = appUrl.indexOf('#');
  const base = hashAt < 0 ? appUrl : appUrl.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : appUrl.slice(hashAt);
  const joiner = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
  return `${base}${joiner}uri=${encodeURIComponent(link)}${hash}`;
}

export type Delivery<P> =
  | { kind: 'post'; port: P }
  /** No app connected: open it with the link in its address. */
  | { kind: 'open'; url: string }
  /** No app connected: show it, and hand it the message when its relay connects. */
  | { kind: 'show-and-hold'; url: string }
  /** No address configured: nothing to open but the options page. */
  | { kind: 'options' };

/** Where a message for the app goes. A link can ride in the address; text to dial cannot. */
export function routeToApp<P extends AppPortEntry>(
  message: Extract<ToApp, { type: 'link' | 'dial-text' }>,
  ports: Iterable<P>,
  appUrl: string | undefined,
): Delivery<P> {
  const port = latestAppPort(ports);
  if (port) return { kind: 'post', port };
  if (appUrl === undefined) return { kind: 'options' };
  if (message.type === 'link') return { kind: 'open', url: appUrlWithLink(appUrl, message.link) };
  return { kind: 'show-and-hold', url: appUrl };
}

/** One message kept for an app that is still opening; a later one replaces it. */
export class HeldDelivery {
  private held: { message: ToApp; until: number } | undefined;

  constructor(private readonly limitMs: number) {}

  hold(message: ToApp, now: number): void {
    this.held = { message, until: now + this.limitMs };
  }

  /** The held message, once, if it is not too old: an app opened later did not ask for it. */
  take(now: number): ToApp | undefined {
    const held = this.held;
    this.held = undefined;
    return held && now <= held.until ? held.message : undefined;
  }
}
