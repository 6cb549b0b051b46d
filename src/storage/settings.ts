// The settings kept in IndexedDB, one record per part (account, Integra, shortcuts, devices...).
// Each part's loader checks what it reads with its own checker: a record may be older than the
// code, or damaged, and an imported file is hostile.
import type { Account } from '../phone/sipPort';
import { database } from './db';

export type SettingKey = 'account' | 'integra' | 'shortcuts' | 'dialPlan' | 'devices';

export async function loadSetting(key: SettingKey): Promise<unknown> {
  const db = await database();
  return db.get('settings', key);
}

/**
 * A stored part through its checker: the checker's answer when the record is good; undefined
 * when nothing is stored, or when the record is damaged (logged), so the caller keeps its defaults.
 */
export async function loadCheckedSetting<C extends { ok: boolean }>(
  key: SettingKey,
  check: (stored: unknown) => C | Promise<C>,
): Promise<Extract<C, { ok: true }> | undefined> {
  const stored = await loadSetting(key);
  if (stored === undefined) return undefined;
  const checked = await check(stored);
  if (checked.ok) return checked as Extract<C, { ok: true }>;
  console.error(`the stored ${key} setting is not valid; using the defaults`, checked);
  return undefined;
}

export async function saveSetting(key: SettingKey, value: unknown): Promise<void> {
  const db = await database();
  await db.put('settings', value, key);
}

export async function loadAccount(): Promise<Account | undefined> {
  // Only saveAccount writes this key, with an account that checkAccount accepted.
  return (await loadSetting('account')) as Account | undefined;
}

export function saveAccount(account: Account): Promise<void> {
  return saveSetting('account', account);
}
