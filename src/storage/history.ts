// Call history in IndexedDB, written as each call progresses so a reload loses nothing. These are
// the plain reads and writes; the queue that batches and retries writes is historyWriter.ts.
import { unwrap } from 'idb';
import { database, party } from './db';
import type { HistoryEntry } from './historyEntry';

/**
 * Stores a batch of entries in one transaction, with the parties a search finds them by: all of
 * them or none. The writer (historyWriter.ts) queues, batches and retries around it.
 */
export async function writeHistory(entries: readonly HistoryEntry[]): Promise<void> {
  const db = await database();
  const tx = db.transaction(['calls', 'parties'], 'readwrite');
  const calls = tx.objectStore('calls');
  // The party is put from the read's own success event, not a promise callback: Firefox runs a
  // nested event loop inside window.open (a CRM pop), and a callback queued there runs only after
  // the transaction closed (TransactionInactiveError). A failed put aborts tx, so tx.done says so.
  const parties = unwrap(tx.objectStore('parties'));
  const requests: Promise<unknown>[] = [tx.done];
  const seen = new Set<string>();
  for (const entry of entries) {
    requests.push(calls.put(entry));
    const key: [string, string] = [entry.number, entry.name];
    if (seen.has(JSON.stringify(key))) continue;
    seen.add(JSON.stringify(key));
    // A party is written once; reading its key is cheaper than rewriting its search keys.
    const read = parties.getKey(key);
    read.onsuccess = () => {
      if (read.result === undefined) parties.put(party(entry.number, entry.name));
    };
  }
  await Promise.all(requests);
}

/** The browser's words for a failure (DOMException is not an Error everywhere). */
export function errorReason(error: unknown): string {
  const { message, name } = (error ?? {}) as { message?: unknown; name?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  return typeof name === 'string' && name !== '' ? name : String(error);
}

/** The newest entries first. */
export async function recentHistory(limit: number): Promise<HistoryEntry[]> {
  const db = await database();
  const entries: HistoryEntry[] = [];
  let cursor = await db.transaction('calls').store.index('startedAt').openCursor(null, 'prev');
  while (cursor && entries.length < limit) {
    entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  return entries;
}

/**
 * Entries still marked live belong to calls that a reload, a closed window or a crash cut off:
 * close them at the last moment the app was seen running with them (we cannot know how long the
 * call went on after that), so history shows them ended with about the right length. `lastSeen`
 * holds the newer stamps kept outside IndexedDB (callStamps.ts). Only the window that takes the
 * phone calls this: a live entry then belongs to no running window, but to this one's phone
 * when `ownCall` says so (the phone registers beside the close, so a call may already ring).
 * Resolves to how many entries it closed.
 */
export async function closeInterruptedCalls(
  lastSeen: ReadonlyMap<string, number> = new Map(),
  ownCall: (callId: string) => boolean = () => false,
): Promise<number> {
  let closed = 0;
  const db = await database();
  const tx = db.transaction('calls', 'readwrite');
  // The sparse index holds only live calls: start-up never reads the whole history.
  const live = tx.store.index('live');
  for (let cursor = await live.openCursor(); cursor; cursor = await cursor.continue()) {
    if (ownCall(cursor.value.callId)) continue;
    const { live: _, aliveAt, ...entry } = cursor.value;
    const seen = Math.max(aliveAt ?? 0, lastSeen.get(entry.callId) ?? 0);
    const since = entry.answeredAt ?? entry.startedAt;
    const endedAt = entry.endedAt ?? Math.max(since, seen);
    await cursor.update({ ...entry, endedAt, endCause: entry.endCause ?? 'connection-lost' });
    closed += 1;
  }
  await tx.done;
  return closed;
}
