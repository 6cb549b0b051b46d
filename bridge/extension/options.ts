/// <reference types="chrome" />
// The options page: the app's address (unless policy set it), and whether the native host
// answers. The address is checked here with the same rules the bridge matches with.
import type { HostStatus } from '../protocol/messages';
import { APP_URL_KEY, loadAppConfig } from './config';
import type { StatusQuery } from './internal';
import { type AppUrlProblem, parseAppUrl } from './origin';

const PROBLEM_MESSAGE: Record<AppUrlProblem, string> = {
  empty: 'refusedEmpty',
  'not-a-url': 'refusedNotUrl',
  scheme: 'refusedScheme',
  'http-not-loopback': 'refusedHttp',
  userinfo: 'refusedUserinfo',
};

function text(name: string, substitutions?: string[]): string {
  return chrome.i18n.getMessage(name, substitutions) || name;
}

function element<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`options.html has no #${id}`);
  return found;
}

const form = element('form', HTMLFormElement);
const input = element('appUrl', HTMLInputElement);
const save = element('save', HTMLButtonElement);
const status = element('status', HTMLElement);
const hostLine = element('host', HTMLElement);

function say(message: string, kind: 'info' | 'refused' = 'info'): void {
  status.textContent = message;
  status.dataset.kind = kind;
}

async function showConfig(): Promise<void> {
  // Nothing can be typed until the stored address is shown: it would overwrite what was typed.
  input.disabled = true;
  save.disabled = true;
  const config = await loadAppConfig();
  input.value = config.raw;
  const managed = config.source === 'managed';
  input.disabled = false;
  input.readOnly = managed;
  save.disabled = managed;
  if (managed) say(text('managed'));
  else if (config.source === 'none') say(text('notConfigured'));
  else if (!config.checked.ok) say(text(PROBLEM_MESSAGE[config.checked.problem]), 'refused');
  else say('');
}

async function showHost(): Promise<void> {
  hostLine.textContent = text('hostChecking');
  const query: StatusQuery = { type: 'status' };
  let host: HostStatus = null;
  try {
    const answer: unknown = await chrome.runtime.sendMessage(query);
    const version = (answer as { host?: { version?: unknown } | null } | undefined)?.host?.version;
    host = typeof version === 'string' ? { version } : null;
  } catch {
    host = null;
  }
  hostLine.textContent = host ? text('hostAnswers', [host.version]) : text('hostMissing');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const config = await loadAppConfig();
    if (config.source === 'managed') return showConfig();
    const checked = parseAppUrl(input.value);
    if (!checked.ok) {
      say(text(PROBLEM_MESSAGE[checked.problem]), 'refused');
      input.focus();
      return;
    }
    await chrome.storage.local.set({ [APP_URL_KEY]: checked.url });
    input.value = checked.url;
    say(text('saved'));
  })();
});

for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  const message = node.dataset.i18n;
  if (message) node.textContent = text(message);
}
document.documentElement.lang = chrome.i18n.getUILanguage();
void showConfig();
void showHost();
