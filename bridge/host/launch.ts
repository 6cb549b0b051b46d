// Who started the host. Chromium passes the caller's origin (and, on Windows, its window);
// Firefox the manifest's path and the add-on's id. Only a browser reads the host's manifest, and
// the browser names the caller, so the check is the config's list (plus the extension's own ids)
// against that name. Pure.
import type { HostConfig, Loaded } from './config';
import { CHROMIUM_ID, DEFAULT_EXTENSIONS, FIREFOX_ID } from './trusted';

export type Caller = { browser: 'chromium'; id: string } | { browser: 'firefox'; id: string };

export type Launch =
  /** Not a browser's launch: a subcommand. */
  { kind: 'cli' } | { kind: 'browser'; caller: Caller } | { kind: 'bad'; problem: string };

const CHROME_ORIGIN = /^chrome-extension:\/\/([^/]*)\/?$/;
const PARENT_WINDOW = /^--parent-window=[0-9]+$/;

export function launchOf(args: readonly string[], subcommands: readonly string[]): Launch {
  const [first, second] = args;
  if (first === undefined) return { kind: 'cli' };
  if (first.startsWith('chrome-extension://')) {
    const id = CHROME_ORIGIN.exec(first)?.[1] ?? '';
    if (!CHROMIUM_ID.test(id))
      return { kind: 'bad', problem: `not an extension origin: ${first.slice(0, 80)}` };
    const rest = args.slice(1);
    if (rest.length > 1 || (rest[0] !== undefined && !PARENT_WINDOW.test(rest[0]))) {
      return { kind: 'bad', problem: 'unexpected arguments after the extension origin' };
    }
    return { kind: 'browser', caller: { browser: 'chromium', id } };
  }
  if (args.length === 2 && second !== undefined && !subcommands.includes(first)) {
    if (first.toLowerCase().endsWith('.json') || FIREFOX_ID.test(second)) {
      if (!FIREFOX_ID.test(second))
        return { kind: 'bad', problem: `not an add-on id: ${second.slice(0, 80)}` };
      return { kind: 'browser', caller: { browser: 'firefox', id: second } };
    }
  }
  return { kind: 'cli' };
}

export function isTrusted(caller: Caller, extensions: HostConfig['extensions']): boolean {
  const allowed: readonly string[] =
    caller.browser === 'chromium'
      ? [...DEFAULT_EXTENSIONS.chromium, ...extensions.chromium]
      : [...DEFAULT_EXTENSIONS.firefox, ...extensions.firefox];
  return allowed.includes(caller.id);
}

export function callerText(caller: Caller): string {
  return caller.browser === 'chromium'
    ? `chrome-extension://${caller.id}/`
    : `Firefox add-on ${caller.id}`;
}

/**
 * The config as a run sees it: the caller is checked again against the file read for this run,
 * so taking an id out of the file stops a host that is already running for it.
 */
export function forCaller(caller: Caller, loaded: Loaded): Loaded {
  if (!loaded.ok || isTrusted(caller, loaded.config.extensions)) return loaded;
  return { ok: false, problem: `${callerText(caller)} is no longer allowed by the config file` };
}
