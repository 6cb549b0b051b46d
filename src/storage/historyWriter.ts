// The history writer: each instance queues entries off the UI's path, batches them, and retries
// a failed batch until it lands, so an entry is never dropped. Instances share nothing.
import { errorReason, writeHistory } from './history';
import { type HistoryEntry, storableEntry } from './historyEntry';

/** What the history writer is doing, for the UI to report a problem in words. */
export interface HistoryWriteStatus {
  /** Entries waiting to be written (each call counts once, with its latest state). */
  queued: number;
  /** Why the last write failed, '' while writes succeed. */
  failure: string;
}

export interface HistoryWriter {
  /**
   * Queues the entry; resolves once it (or a later state of the same call) is stored. A failed
   * write is retried with backoff and reported through status() meanwhile. Rejects only for an
   * entry that can never be stored (no Call-ID, no start time).
   */
  save(entry: HistoryEntry): Promise<void>;
  /** Resolves once every write queued so far has landed, or failed and waits for its retry. */
  settled(): Promise<void>;
  status(): HistoryWriteStatus;
  /** Calls `listener` whenever status() changes; returns unsubscribe. */
  onStatus(listener: () => void): () => void;
}

export interface HistoryWriterOptions {
  /** Stores one batch, all or nothing; IndexedDB unless a test gives another. */
  write?: (entries: readonly HistoryEntry[]) => Promise<void>;
  /** Runs `retry` after `ms`; tests that drive time themselves pass their own. */
  later?: (retry: () => void, ms: number) => void;
  /** How long to wait after the `failures`-th failure in a row (1, 2, …). */
  backoff?: (failures: number) => number;
}

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** 1 s, doubling, at most 30 s: a full disk is not hammered, a brief lock is soon retried. */
export function retryDelay(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1));
}

interface Queued {
  entry: HistoryEntry;
  landed: (() => void)[];
}

export function createHistoryWriter({
  write = writeHistory,
  // Looked up when called, so that fake timers installed after creation still apply.
  later = (retry, ms) => setTimeout(retry, ms),
  backoff = retryDelay,
}: HistoryWriterOptions = {}): HistoryWriter {
  /** The latest unwritten state of each call by Call-ID: a newer state replaces an older one. */
  const queue = new Map<string, Queued>();
  let writing: Promise<void> | undefined;
  let retrying = false;
  let failures = 0;
  let status: HistoryWriteStatus = { queued: 0, failure: '' };
  const listeners = new Set<() => void>();

  function setStatus(failure: string): void {
    if (status.queued === queue.size && status.failure === failure) return;
    status = { queued: queue.size, failure };
    for (const listener of listeners) listener();
  }

  /** Starts a batch unless one is running or a retry is waiting for its time. */
  function next(): void {
    if (writing || retrying || queue.size === 0) return;
    writing = writeBatch().finally(() => {
      writing = undefined;
      next();
    });
  }

  async function writeBatch(): Promise<void> {
    const batch = [...queue.values()];
    queue.clear();
    try {
      await write(batch.map((item) => item.entry));
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
      retrying = true;
      later(() => {
        retrying = false;
        next();
      }, backoff(failures));
      setStatus(errorReason(error));
    }
  }

  return {
    save(entry) {
      if (!storableEntry(entry)) {
        console.error('history entry cannot be stored', entry);
        return Promise.reject(new TypeError('history entry without Call-ID or start time'));
      }
      return new Promise<void>((resolve) => {
        const waiting = queue.get(entry.callId)?.landed ?? [];
        queue.set(entry.callId, { entry, landed: [...waiting, resolve] });
        setStatus(status.failure);
        next();
      });
    },
    async settled() {
      while (writing) await writing;
    },
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
