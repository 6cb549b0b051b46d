/// <reference types="chrome" />
// Reads the configured app address: managed storage (policy) wins over local storage (the
// options page). Thin on purpose; the checks are origin.ts's.
import { type AppUrl, chooseAppUrl, parseAppUrl } from './origin';

export const APP_URL_KEY = 'appUrl';

export interface AppConfig {
  source: 'managed' | 'local' | 'none';
  /** As stored, for the options page's input. */
  raw: string;
  checked: AppUrl;
}

async function readArea(area: chrome.storage.StorageArea | undefined): Promise<unknown> {
  try {
    const items = await area?.get(APP_URL_KEY);
    return items?.[APP_URL_KEY];
  } catch {
    // Firefox without a policy file, or a browser that has no managed storage, refuses the read.
    return undefined;
  }
}

export async function loadAppConfig(): Promise<AppConfig> {
  const [managed, local] = await Promise.all([
    readArea(chrome.storage.managed),
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
