// The settings kept in IndexedDB, one record per part: the SIP account and Integra's rules.
import type { IntegraSettings } from '../integra/rule';
import type { Account } from '../phone/sipPort';
import { database } from './db';

const ACCOUNT_KEY = 'account';

export async function loadAccount(): Promise<Account | undefined> {
  const db = await database();
  // Only saveAccount writes this key, with an account that checkAccount accepted.
  return (await db.get('settings', ACCOUNT_KEY)) as Account | undefined;
}

export async function saveAccount(account: Account): Promise<void> {
  const db = await database();
  await db.put('settings', account, ACCOUNT_KEY);
}

const INTEGRA_KEY = 'integra';

/** Integra's settings as stored; the caller checks them (storage may hold an older or bad form). */
export async function loadIntegraSettings(): Promise<unknown> {
  const db = await database();
  return db.get('settings', INTEGRA_KEY);
}

export async function saveIntegraSettings(settings: IntegraSettings): Promise<void> {
  const db = await database();
  await db.put('settings', settings, INTEGRA_KEY);
}
