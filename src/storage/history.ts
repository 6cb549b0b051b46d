// Call history in IndexedDB, written as each call progresses so a reload loses nothing.
import { database } from './db';
import type { HistoryEntry } from './historyEntry';

let writes: Promise<unknown> = Promise.resolve();

/** Queue a write; writes land in order and a failing one does not stop the next. */
export function saveHistoryEntry(entry: HistoryEntry): Promise<void> {
  const write = writes.then(async () => {
    const db = await database();
    await db.put('calls', entry);
  });
  writes = write.catch((error: unknown) => console.error('history write failed', error));
  return write;
}

/** Resolves once every write queued so far has landed (or failed). */
export function historySettled(): Promise<unknown> {
  return writes;
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
 * Entries still marked live belong to calls that a reload or crash cut off: close them at the last
 * moment we know of (we cannot know how long the call went on after that), so history shows them ended.
 */
export async function closeInterruptedCalls(): Promise<void> {
  const db = await database();
  const tx = db.transaction('calls', 'readwrite');
  // The sparse index holds only live calls: start-up never reads the whole history.
  const live = tx.store.index('live');
  for (let cursor = await live.openCursor(); cursor; cursor = await cursor.continue()) {
    const { live: _, ...entry } = cursor.value;
    const endedAt = entry.endedAt ?? entry.answeredAt ?? entry.startedAt;
    await cursor.update({ ...entry, endedAt, endCause: entry.endCause ?? 'connection-lost' });
  }
  await tx.done;
}
