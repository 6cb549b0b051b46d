/// <reference types="chrome" />
// The content script, in every top frame. On other pages it takes over clicks on phone links and
// sends them to the background; on the app's origin it is the relay: it hands the page a private
// MessagePort and carries checked messages between that port and the background. Built as one
// classic script (no imports at run time): content scripts cannot be modules.

import { readMessage } from '../protocol/messages';
import { appOriginOf, loadAppConfig, onAppConfigChange } from './config';
import { APP_PORT_NAME, checkSelectionQuery, type PageLink } from './internal';
import { commandLinkOfClick } from './links';
import { fromPage, knockDecision, PORT, toPage } from './relay';
import { readSelection } from './selection';

/** A port that closes sooner than this after opening was refused; reconnecting would loop. */
const REFUSED_WITHIN_MS = 2_000;
const RECONNECT_DELAY_MS = 500;

const PREFIX = 'VOIspeed bridge:';

/** undefined until storage answers; '' when no address is configured. */
let appOrigin: string | undefined;
let ready = refresh();
onAppConfigChange(() => {
  ready = refresh();
});

function refresh(): Promise<void> {
  return loadAppConfig().then(
    (config) => {
      appOrigin = appOriginOf(config);
    },
    () => {
      appOrigin = '';
    },
  );
}

// ---- Links on other pages.

addEventListener(
  'click',
  (event) => {
    // Before storage answers (the first milliseconds of a page) the browser keeps its clicks;
    // on the app's own origin the app handles its links itself.
    if (appOrigin === undefined || (appOrigin !== '' && location.origin === appOrigin)) return;
    const link = commandLinkOfClick(event);
    if (link === undefined) return;
    event.preventDefault();
    const message: PageLink = { type: 'page-link', link };
    try {
      chrome.runtime.sendMessage(message).catch((error: unknown) => {
        console.warn(PREFIX, `the link did not reach the extension: ${String(error)}`);
      });
    } catch (error) {
      // The extension was updated or removed since this page loaded.
      console.warn(PREFIX, `the link did not reach the extension: ${String(error)}`);
    }
  },
  true,
);

// ---- The selection, for the dial-selection command when the background may not run a script
// in this tab (no activeTab grant, as when the command did not come from a key press).

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !readMessage(checkSelectionQuery, message).ok)
    return false;
  sendResponse({ text: readSelection() });
  return false;
});

// ---- The relay, on the app's origin.

let pagePort: MessagePort | undefined;
let background: chrome.runtime.Port | undefined;

addEventListener('message', (event) => {
  // Known not to be the app's page (or no address set): nothing here is for the relay.
  if (appOrigin !== undefined && (appOrigin === '' || location.origin !== appOrigin)) return;
  // Read now: the event's fields are only meaningful while it is dispatched.
  const facts = { data: event.data, origin: event.origin, fromThisWindow: event.source === window };
  void ready.then(() => {
    const decision = knockDecision({
      ...facts,
      appOrigin: appOrigin ?? '',
      alreadyConnected: pagePort !== undefined,
    });
    if (decision === 'connect' && appOrigin) openChannel(appOrigin);
  });
});

function openChannel(origin: string): void {
  const { port1, port2 } = new MessageChannel();
  pagePort = port1;
  port1.onmessage = (event) => fromPageSent(port1, event.data);
  // Addressed to the configured origin: if the page navigated away meanwhile, nobody gets it.
  window.postMessage(PORT, origin, [port2]);
  connectBackground(port1);
}

function fromPageSent(port: MessagePort, data: unknown): void {
  const read = fromPage(data);
  if (read.action === 'drop') {
    console.warn(PREFIX, `dropped a message from the page: ${read.problem}`);
    if (read.reply) port.postMessage(read.reply);
    return;
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      (background ?? connectBackground(port)).postMessage(read.request);
      return;
    } catch {
      // The worker restarted (or the extension was updated): a fresh port, once.
      background = undefined;
    }
  }
  console.warn(PREFIX, 'the extension does not answer');
  if (read.request.type === 'run') {
    port.postMessage({
      v: 1,
      id: read.request.id,
      type: 'ran',
      result: { ok: false, error: 'failed', detail: 'the extension does not answer' },
    });
  }
}

function connectBackground(port: MessagePort): chrome.runtime.Port {
  const opened = Date.now();
  const connection = chrome.runtime.connect({ name: APP_PORT_NAME });
  background = connection;
  connection.onMessage.addListener((message: unknown) => {
    const checked = toPage(message);
    if (checked.ok) port.postMessage(checked.message);
    else console.warn(PREFIX, `dropped a message from the extension: ${checked.problem}`);
  });
  connection.onDisconnect.addListener(() => {
    void chrome.runtime.lastError;
    if (background === connection) background = undefined;
    // A stopped worker closes the port; connect again so links can reach this page while it
    // sleeps. A port closed at once was refused (the address changed): wait for the page.
    if (Date.now() - opened < REFUSED_WITHIN_MS) return;
    setTimeout(() => {
      if (background) return;
      try {
        connectBackground(port);
      } catch {
        // The extension is gone; the page's next message tries again.
      }
    }, RECONNECT_DELAY_MS);
  });
  return connection;
}
