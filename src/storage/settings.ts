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
