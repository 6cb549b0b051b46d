/// <reference types="chrome" />
// Reads the configured app address: managed storage (policy) wins over local storage (the
// options page). Thin on purpose; the checks are origin.ts's.
import { type AppUrl, chooseAppUrl, parseAppUrl } from './origin';

export const APP_URL_KEY = 'appUrl';

/**
 * Chromium answers managed storage only once it has read the policies, which takes a few seconds
 * after the browser starts (about 3 s seen headless on Linux); past this, no policy is assumed.
 */
const MANAGED_LIMIT_MS = 10_000;

export interface AppConfig {
  source: 'managed' | 'local' | 'none';
  /** As stored, for the options page's input. */
  raw: string;
  checked: AppUrl;
}

async function readArea(
  area: chrome.storage.StorageArea | undefined,
  limitMs?: number,
): Promise<unknown> {
  try {
    const read = area?.get(APP_URL_KEY);
    const items =
      limitMs === undefined
        ? await read
        : await Promise.race([
            read,
            new Promise<undefined>((resolve) => setTimeout(resolve, limitMs, undefined)),
          ]);
    return items?.[APP_URL_KEY];
  } catch {
    // Firefox without a policy file, or a browser that has no managed storage, refuses the read.
    return undefined;
  }
}

export async function loadAppConfig(): Promise<AppConfig> {
  const [managed, local] = await Promise.all([
    readArea(chrome.storage.managed, MANAGED_LIMIT_MS),
    readArea(chrome.storage.local),
  ]);
  const chosen = chooseAppUrl(managed, local);
  return { source: chosen.source, raw: chosen.value, checked: parseAppUrl(chosen.value) };
}

/** The origin to match, '' when the address is missing or refused. */
export function appOriginOf(config: AppConfig): string {
  return config.checked.ok ? config.checked.origin : '';
}

/** Calls back whenever either area's address changes. */
export function onAppConfigChange(callback: () => void): void {
  chrome.storage.onChanged.addListener((changes, areaName) => {
    if ((areaName === 'local' || areaName === 'managed') && APP_URL_KEY in changes) callback();
  });
}
