// The settings kept in IndexedDB, one record per part (account, Integra, shortcuts, devices...).
// Records come back unchecked: the settings service passes each through its part's checker, as a
// record may be older than the code, or damaged.
import { database } from './db';
import { errorReason } from './history';

/** A write that failed (quota, a closed database, a blocked upgrade) in the browser's words. */
export type NotSaved = { ok: false; reason: string };
/** Saves never reject: a failed write is an answer the form shows, not an unhandled rejection. */
export type SaveResult = { ok: true } | NotSaved;

export async function loadSetting(key: string): Promise<unknown> {
  const db = await database();
  return db.get('settings', key);
}

/** Every key's record in one read transaction, so the parts read belong to one moment. */
export async function loadSettings(keys: readonly string[]): Promise<Map<string, unknown>> {
  const db = await database();
  const tx = db.transaction('settings', 'readonly');
  const values = await Promise.all(keys.map((key) => tx.store.get(key)));
  await tx.done;
  return new Map(keys.map((key, i) => [key, values[i]]));
}

/** Removes a key's record; like a save, never rejects. */
export async function removeSetting(key: string): Promise<SaveResult> {
  try {
    const db = await database();
    await db.delete('settings', key);
    return { ok: true };
  } catch (error) {
    console.error('setting not removed', error);
    return { ok: false, reason: errorReason(error) };
  }
}

export function saveSetting(key: string, value: unknown): Promise<SaveResult> {
  return saveSettings([[key, value]]);
}

/** Writes every entry in one readwrite transaction: all of them are stored, or none. */
export async function saveSettings(
  entries: ReadonlyArray<readonly [string, unknown]>,
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
