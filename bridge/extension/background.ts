/// <reference types="chrome" />
// The service worker: keeps the app's relay ports and the native host's port, and routes between
// them, the pages' links, the context menu and the commands. The decisions are routing.ts's and
// hostLink.ts's; this file makes the calls. Every listener is added at the top level, as a
// service worker that wakes for an event finds only those.
import {
  type AppRequest,
  HOST_NAME,
  MAX_LINK,
  readMessage,
  type ToApp,
} from '../protocol/messages';
import { type AppConfig, appOriginOf, loadAppConfig, onAppConfigChange } from './config';
import { HostLink, RUN_LIMIT_MS, runResultOf, SELECTION_LIMIT_MS, selectionOf } from './hostLink';
import { APP_PORT_NAME, checkPageLink, checkStatusQuery, type SelectionQuery } from './internal';
import { isCommandLink } from './links';
import { fromPage } from './relay';
import {
  type AppPortEntry,
  acceptAppPort,
  HeldDelivery,
  isExtensionPage,
  pickAppTab,
  routeToApp,
} from './routing';
import { readSelection } from './selection';

const MENU_ID = 'call-selection';
/** How long a text to dial waits for an app that is still opening. */
const HOLD_MS = 20_000;

interface AppPort extends AppPortEntry {
  port: chrome.runtime.Port;
}

const appPorts = new Set<AppPort>();
let connections = 0;
const held = new HeldDelivery(HOLD_MS);
/** The focused browser window; undefined until the worker has seen a change since it started. */
let focusedWindow: number | undefined;

let config: Promise<AppConfig> = loadAppConfig();
onAppConfigChange(() => {
  config = loadAppConfig();
  void config.then(dropForeignPorts);
});

const host = new HostLink({
  connect: () => chrome.runtime.connectNative(HOST_NAME),
  lastError: () => chrome.runtime.lastError?.message,
  now: Date.now,
  onStatus: (status) => {
    for (const entry of appPorts) post(entry, { v: 1, type: 'host', host: status });
  },
  onLink: (link) => void deliver({ v: 1, type: 'link', link }),
  warn: (message) => console.warn(message),
});

function appUrlOf(current: AppConfig): string | undefined {
  return current.checked.ok ? current.checked.url : undefined;
}

function post(entry: AppPort, message: ToApp): void {
  try {
    entry.port.postMessage(message);
  } catch {
    // The tab went away between the decision and the post.
    appPorts.delete(entry);
  }
}

function releaseHostIfIdle(): void {
  if (appPorts.size === 0) host.release();
}

// ---- The app's relay ports.

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== APP_PORT_NAME) {
    port.disconnect();
    return;
  }
  let entry: AppPort | undefined;
  let gone = false;
  const accepted = config.then((current) => {
    const sender = port.sender ?? {};
    const tabId = sender.tab?.id;
    if (gone) return undefined;
    if (!acceptAppPort(sender, chrome.runtime.id, appOriginOf(current)) || tabId === undefined) {
      console.warn(`Refused a relay port from ${sender.url ?? 'an unknown page'}`);
      port.disconnect();
      return undefined;
    }
    entry = { port, tabId, order: ++connections };
    appPorts.add(entry);
    void host.ensure();
    const waiting = held.take(Date.now());
    if (waiting) post(entry, waiting);
    return entry;
  });
  port.onDisconnect.addListener(() => {
    gone = true;
    if (entry) appPorts.delete(entry);
    releaseHostIfIdle();
  });
  port.onMessage.addListener((message: unknown) => {
    void accepted.then((from) => {
      if (from && !gone) void answerApp(from, message);
    });
  });
});

async function answerApp(from: AppPort, message: unknown): Promise<void> {
  // The relay checked it already; a compromised renderer could skip the relay, so again.
  const read = fromPage(message);
  if (read.action === 'drop') {
    console.warn(`Dropped a request from the app: ${read.problem}`);
    if (read.reply) post(from, read.reply);
    return;
  }
  post(from, await replyTo(read.request));
}

async function replyTo(request: AppRequest): Promise<ToApp> {
  if (request.type === 'hello') {
    const status = await host.ensure();
    const extension = chrome.runtime.getManifest().version;
    return { v: 1, id: request.id, type: 'hello', extension, host: status };
  }
  const { id, ...run } = request;
  const answer = await host.request(run, RUN_LIMIT_MS);
  return { v: 1, id, type: 'ran', result: runResultOf(answer) };
}

function dropForeignPorts(current: AppConfig): void {
  for (const entry of [...appPorts]) {
    if (!acceptAppPort(entry.port.sender ?? {}, chrome.runtime.id, appOriginOf(current))) {
      appPorts.delete(entry);
      entry.port.disconnect();
    }
  }
  releaseHostIfIdle();
}

// ---- Getting a link or a text to dial to the app.

async function deliver(message: Extract<ToApp, { type: 'link' | 'dial-text' }>): Promise<void> {
  const current = await config;
  const route = routeToApp(message, appPorts, appUrlOf(current));
  switch (route.kind) {
    case 'post':
      post(route.port, message);
      await focusTab(route.port.tabId);
      return;
    case 'open':
      await chrome.tabs.create({ url: route.url });
      return;
    case 'show-and-hold':
      held.hold(message, Date.now());
      await showApp();
      return;
    case 'options':
      console.warn('The phone app address is not set: opening the options page');
      await chrome.runtime.openOptionsPage();
      return;
  }
}

async function focusTab(tabId: number): Promise<void> {
  try {
    // The tab's window now, not when it connected: the user may have moved it.
    const tab = await chrome.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await chrome.windows.update(tab.windowId, { focused: true });
  } catch (error) {
    console.warn(`Could not bring the phone's tab forward: ${String(error)}`);
  }
}

/** Brings the app forward: its connected tab, another tab on its origin, or a new one. */
async function showApp(): Promise<void> {
  const current = await config;
  const appUrl = appUrlOf(current);
  if (appUrl === undefined) {
    await chrome.runtime.openOptionsPage();
    return;
  }
  const connected = [...appPorts].sort((a, b) => b.order - a.order)[0];
  if (connected) return focusTab(connected.tabId);
  const tab = pickAppTab(await chrome.tabs.query({}), appOriginOf(current));
  if (tab?.id !== undefined) return focusTab(tab.id);
  await chrome.tabs.create({ url: appUrl });
}

async function dialText(text: string): Promise<'sent' | 'empty'> {
  const cut = text.slice(0, MAX_LINK);
  if (cut.trim() === '') {
    console.warn('Nothing selected to dial');
    return 'empty';
  }
  await deliver({ v: 1, type: 'dial-text', text: cut });
  return 'sent';
}

// ---- Links caught on pages, and the options page's question.

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  const link = readMessage(checkPageLink, message);
  if (link.ok) {
    if (isCommandLink(link.value.link)) void deliver({ v: 1, type: 'link', link: link.value.link });
    return false;
  }
  const extensionBase = chrome.runtime.getURL('');
  if (
    readMessage(checkStatusQuery, message).ok &&
    isExtensionPage(sender, chrome.runtime.id, extensionBase)
  ) {
    void host.ensure().then((status) => {
      sendResponse({ host: status });
      releaseHostIfIdle();
    });
    return true; // the answer comes after the host is asked
  }
  return false;
});

// ---- The context menu.

function createMenu(): void {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create(
      { id: MENU_ID, title: chrome.i18n.getMessage('callSelection'), contexts: ['selection'] },
      () => void chrome.runtime.lastError, // a second create after a race: already there
    );
  });
}
chrome.runtime.onInstalled.addListener(createMenu);
chrome.runtime.onStartup.addListener(createMenu);

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string | undefined;
}

async function menuClicked(info: MenuClick): Promise<'sent' | 'empty' | 'ignored'> {
  if (info.menuItemId !== MENU_ID) return 'ignored';
  return dialText(typeof info.selectionText === 'string' ? info.selectionText : '');
}
chrome.contextMenus.onClicked.addListener((info) => void menuClicked(info));

// ---- The keyboard commands.

chrome.windows.onFocusChanged.addListener((windowId) => {
  focusedWindow = windowId;
});

async function browserWindowFocused(): Promise<number | undefined> {
  if (focusedWindow !== undefined) {
    return focusedWindow === chrome.windows.WINDOW_ID_NONE ? undefined : focusedWindow;
  }
  try {
    const last = await chrome.windows.getLastFocused();
    return last.focused ? last.id : undefined;
  } catch {
    return undefined;
  }
}

async function pageSelection(windowId: number, tab?: chrome.tabs.Tab): Promise<string> {
  const tabId =
    tab?.id ?? (await chrome.tabs.query({ active: true, windowId }).catch(() => []))[0]?.id;
  if (tabId === undefined) return '';
  try {
    // A key press grants activeTab, so this reaches the tab's frame whatever its origin.
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId },
      func: readSelection,
    });
    if (typeof frame?.result === 'string') return frame.result;
  } catch {
    // No grant (the command came another way) or a page that refuses scripts: ask below.
  }
  try {
    // The content script runs in every top frame and can read its own selection.
    const query: SelectionQuery = { type: 'selection' };
    const answer: unknown = await chrome.tabs.sendMessage(tabId, query, { frameId: 0 });
    const text = (answer as { text?: unknown } | undefined)?.text;
    return typeof text === 'string' ? text : '';
  } catch {
    // chrome:// pages, the web store and PDF viewers have no content script: the host may know.
    return '';
  }
}

async function commandSelection(tab?: chrome.tabs.Tab): Promise<string> {
  const windowId = await browserWindowFocused();
  if (windowId !== undefined) {
    const text = await pageSelection(windowId, tab);
    if (text.trim() !== '') return text;
  }
  const answer = await host.request({ v: 1, type: 'selection' }, SELECTION_LIMIT_MS);
  releaseHostIfIdle();
  return selectionOf(answer) ?? '';
}

async function commandRun(command: string, tab?: chrome.tabs.Tab): Promise<string> {
  if (command === 'dial-selection') return dialText(await commandSelection(tab));
  if (command === 'show-phone') {
    await showApp();
    return 'shown';
  }
  return 'ignored';
}
chrome.commands.onCommand.addListener((command, tab) => void commandRun(command, tab));

function status() {
  return {
    host: host.current,
    appPorts: [...appPorts].map((entry) => ({ tabId: entry.tabId, order: entry.order })),
    focusedWindow: focusedWindow ?? null,
  };
}

// The end-to-end tests call these inside the worker: headless Chromium cannot open a context
// menu or press a global shortcut, so they stand in for the browser's events.
(globalThis as { voispeedBridge?: unknown }).voispeedBridge = { menuClicked, commandRun, status };
