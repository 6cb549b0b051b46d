// Call history in IndexedDB, written as each call progresses so a reload loses nothing. Writes are
// queued off the UI's path, batched, and retried until they land: an entry is never dropped.
import { database, party } from './db';
import { type HistoryEntry, storableEntry } from './historyEntry';

/** What the history writer is doing, for the UI to report a problem in words. */
export interface HistoryWriteStatus {
  /** Entries waiting to be written (each call counts once, with its latest state). */
  queued: number;
  /** Why the last write failed, '' while writes succeed. */
  failure: string;
}

interface Queued {
  entry: HistoryEntry;
  landed: (() => void)[];
}

/** The latest unwritten state of each call by Call-ID: a newer state replaces an older one. */
const queue = new Map<string, Queued>();
let writing: Promise<void> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;
let status: HistoryWriteStatus = { queued: 0, failure: '' };
const listeners = new Set<() => void>();

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

function setStatus(failure: string): void {
  if (status.queued === queue.size && status.failure === failure) return;
  status = { queued: queue.size, failure };
  for (const listener of listeners) listener();
}

export function historyWriteStatus(): HistoryWriteStatus {
  return status;
}

export function onHistoryWriteStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Queues the entry; resolves once it (or a later state of the same call) is stored. A failed
 * write is retried with backoff and reported through historyWriteStatus() meanwhile. Rejects
 * only for an entry that can never be stored (no Call-ID, no start time).
 */
export function saveHistoryEntry(entry: HistoryEntry): Promise<void> {
  if (!storableEntry(entry)) {
    console.error('history entry cannot be stored', entry);
    return Promise.reject(new TypeError('history entry without Call-ID or start time'));
  }
  return new Promise<void>((resolve) => {
    const waiting = queue.get(entry.callId)?.landed ?? [];
    queue.set(entry.callId, { entry, landed: [...waiting, resolve] });
    setStatus(status.failure);
    write();
  });
}

/** Starts a batch unless one is running or a retry is waiting for its time. */
function write(): void {
  if (writing || retryTimer !== undefined || queue.size === 0) return;
  writing = writeBatch().finally(() => {
    writing = undefined;
    write();
  });
}

async function writeBatch(): Promise<void> {
  const batch = [...queue.values()];
  queue.clear();
  try {
    const db = await database();
    const tx = db.transaction(['calls', 'parties'], 'readwrite');
    const calls = tx.objectStore('calls');
    const parties = tx.objectStore('parties');
    const requests: Promise<unknown>[] = [tx.done];
    const seen = new Set<string>();
    for (const { entry } of batch) {
      requests.push(calls.put(entry));
      const key: [string, string] = [entry.number, entry.name];
      if (seen.has(JSON.stringify(key))) continue;
      seen.add(JSON.stringify(key));
      // A party is written once; reading its key is cheaper than rewriting its search keys.
      requests.push(
        parties.getKey(key).then((found) => found ?? parties.put(party(entry.number, entry.name))),
      );
    }
    await Promise.all(requests);
    failures = 0;
    for (const { landed } of batch) for (const resolve of landed) resolve();
    setStatus('');
  } catch (error) {
    console.error('history write failed; retrying', error);
    for (const item of batch) {
      // A state queued since is newer than the failed one: keep it, and its waiters wait for it.
      const newer = queue.get(item.entry.callId);
      queue.set(
        item.entry.callId,
        newer ? { ...newer, landed: [...item.landed, ...newer.landed] } : item,
      );
    }
    failures += 1;
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1));
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      write();
    }, delay);
    setStatus(errorReason(error));
  }
}

/** The browser's words for a failure (DOMException is not an Error everywhere). */
export function errorReason(error: unknown): string {
  const { message, name } = (error ?? {}) as { message?: unknown; name?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  return typeof name === 'string' && name !== '' ? name : String(error);
}

/** Resolves once every write queued so far has landed, or failed and waits for its retry. */
export async function historySettled(): Promise<void> {
  while (writing) await writing;
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
 * phone calls this, before it registers: a live entry then belongs to no running window.
 * Resolves to how many entries it closed.
 */
export async function closeInterruptedCalls(
  lastSeen: ReadonlyMap<string, number> = new Map(),
): Promise<number> {
  let closed = 0;
  const db = await database();
  const tx = db.transaction('calls', 'readwrite');
  // The sparse index holds only live calls: start-up never reads the whole history.
  const live = tx.store.index('live');
  for (let cursor = await live.openCursor(); cursor; cursor = await cursor.continue()) {
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
