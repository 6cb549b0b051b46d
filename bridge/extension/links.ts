// Which clicks on a page are phone links the bridge takes over. Pure: the content script hands
// in the event; nothing here touches the DOM beyond reading what the event points at.
import { MAX_LINK } from '../protocol/messages';

/**
 * The schemes taken over on pages: those the app dials (src/commands/parseCommand.ts) but
 * `sips:`, which stays the browser's (docs/bridge-extension.md lists the caught schemes).
 */
const COMMAND_SCHEME = /^(?:voispeed|web\+voispeed|tel|callto|sip):/i;

/** Whether an href is a command link, by its scheme, whatever its case. */
export function isCommandLink(href: unknown): href is string {
  return typeof href === 'string' && COMMAND_SCHEME.test(href.trim());
}

/** What the content script reads of a click. */
export interface ClickLike {
  button: number;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  composedPath(): readonly unknown[];
}

interface AnchorLike {
  localName: string;
  getAttribute(name: string): string | null;
}

function isAnchor(node: unknown): node is AnchorLike {
  if (typeof node !== 'object' || node === null) return false;
  const candidate = node as Partial<AnchorLike>;
  return (
    candidate.localName === 'a' &&
    typeof candidate.getAttribute === 'function' &&
    candidate.getAttribute('href') !== null
  );
}

/**
 * The command link a click opens, or undefined when the bridge should leave the click alone:
 * another button, a modifier (the user asked the browser for a new tab or a download), no
 * anchor, or another scheme. The href is read as written, trimmed as the URL parser trims it,
 * and cut to MAX_LINK. Keyboard activation of a link fires the same click, button 0.
 */
export function commandLinkOfClick(event: ClickLike): string | undefined {
  if (event.button !== 0) return undefined;
  if (event.ctrlKey || event.shiftKey || event.altKey || event.metaKey) return undefined;
  // composedPath reaches into open shadow roots, where event.target stops at the host.
  const anchor = event.composedPath().find(isAnchor);
  if (!anchor) return undefined;
  const href = anchor.getAttribute('href');
  if (!isCommandLink(href)) return undefined;
  const link = href.trim();
  return link.length > MAX_LINK ? link.slice(0, MAX_LINK) : link;
}
