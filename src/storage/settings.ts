// The settings kept in IndexedDB, one record per part (account, Integra, shortcuts, devices...).
// Each part's loader checks what it reads with its own checker: a record may be older than the
// code, or damaged, and an imported file is hostile.
import type { Account } from '../phone/sipPort';
import { database } from './db';
import { errorReason } from './history';

export type SettingKey = 'account' | 'integra' | 'shortcuts' | 'dialPlan' | 'devices';

/** A write that failed (quota, a closed database, a blocked upgrade) in the browser's words. */
export type NotSaved = { ok: false; reason: string };
/** Saves never reject: a failed write is an answer the form shows, not an unhandled rejection. */
export type SaveResult = { ok: true } | NotSaved;

export async function loadSetting(key: SettingKey): Promise<unknown> {
  const db = await database();
  return db.get('settings', key);
}

/** Every key's record in one read transaction, so the parts read belong to one moment. */
export async function loadSettings(keys: readonly SettingKey[]): Promise<Map<string, unknown>> {
  const db = await database();
  const tx = db.transaction('settings', 'readonly');
  const values = await Promise.all(keys.map((key) => tx.store.get(key)));
  await tx.done;
  return new Map(keys.map((key, i) => [key, values[i]]));
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

export function saveSetting(key: SettingKey, value: unknown): Promise<SaveResult> {
  return saveSettings([[key, value]]);
}

/** Writes every entry in one readwrite transaction: all of them are stored, or none. */
export async function saveSettings(
  entries: ReadonlyArray<readonly [SettingKey, unknown]>,
): Promise<SaveResult> {
  try {
    const db = await database();
    const tx = db.transaction('settings', 'readwrite');
    const writes: Promise<unknown>[] = [tx.done];
    try {
      for (const [key, value] of entries) writes.push(tx.store.put(value, key));
    } catch (error) {
      // A value the browser cannot store throws here without ending the transaction: abort it,
      // so the puts already queued are undone too.
      tx.abort();
      await Promise.allSettled(writes);
      throw error;
    }
    await Promise.all(writes);
    return { ok: true };
  } catch (error) {
    console.error('settings not saved', error);
    return { ok: false, reason: errorReason(error) };
  }
}

export async function loadAccount(): Promise<Account | undefined> {
  // Only saveAccount and an import write this key, with an account that checkAccount accepted.
  return (await loadSetting('account')) as Account | undefined;
}

export function saveAccount(account: Account): Promise<SaveResult> {
  return saveSetting('account', account);
}
