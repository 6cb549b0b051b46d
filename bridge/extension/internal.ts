// Messages inside the extension (content script or options page to the background), which the
// app never sees. Checked like the protocol's: a content script runs in a page's process, and a
// compromised renderer can send anything.
import { literal, object, text } from '../protocol/check';
import { MAX_LINK } from '../protocol/messages';

/** The port name a relay connects with. */
export const APP_PORT_NAME = 'app';

export type PageLink = { type: 'page-link'; link: string };
export const checkPageLink = object({
  type: literal('page-link'),
  link: text({ min: 1, max: MAX_LINK }),
});

/** The options page asks how the native host is doing. */
export type StatusQuery = { type: 'status' };
export const checkStatusQuery = object({ type: literal('status') });

/** The background asks a tab's content script for its selection when it may not run a script. */
export type SelectionQuery = { type: 'selection' };
export const checkSelectionQuery = object({ type: literal('selection') });
