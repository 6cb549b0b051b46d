// The SIP account, kept in IndexedDB.
import type { Account } from '../phone/sipPort';
import { database } from './db';

const ACCOUNT_KEY = 'account';

export async function loadAccount(): Promise<Account | undefined> {
  const db = await database();
  return db.get('settings', ACCOUNT_KEY);
}

export async function saveAccount(account: Account): Promise<void> {
  const db = await database();
  await db.put('settings', account, ACCOUNT_KEY);
}
