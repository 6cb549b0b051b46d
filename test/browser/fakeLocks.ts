// A LockManager for tests (jsdom has none): exclusive locks with ifAvailable, steal and signal,
// shared by fake windows; closing a window drops its locks the way a closed document does.
import type { LockRequester } from '../../src/browser/windowLeader';

interface Request {
  owner: number;
  name: string;
  callback: (lock: Lock | null) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface FakeWindowLocks {
  locks: LockRequester;
  /** The window goes away: its lock is released, its queued requests dropped, nothing settles. */
  close(): void;
}

const abortError = (message: string) => new DOMException(message, 'AbortError');

export function fakeLockManager() {
  const held = new Map<string, Request>();
  const queues = new Map<string, Request[]>();
  let owners = 0;

  const queueOf = (name: string) => queues.get(name) ?? queues.set(name, []).get(name) ?? [];

  function grant(request: Request): void {
    held.set(request.name, request);
    const lock = { name: request.name, mode: 'exclusive' } as Lock;
    queueMicrotask(() => {
      Promise.resolve()
        .then(() => request.callback(lock))
        .then(
          (value) => finish(request, () => request.resolve(value)),
          (error) => finish(request, () => request.reject(error)),
        );
    });
  }

  function finish(request: Request, settle: () => void): void {
    // A stolen or closed holder's result no longer matters: its promise was settled (or dropped).
    if (held.get(request.name) !== request) return;
    held.delete(request.name);
    settle();
    next(request.name);
  }

  function next(name: string): void {
    if (held.has(name)) return;
    const following = queueOf(name).shift();
    if (following) grant(following);
  }

  function window(): FakeWindowLocks {
    const owner = ++owners;
    const locks: LockRequester = {
      request(name, options, callback) {
        return new Promise((resolve, reject) => {
          const request: Request = { owner, name, callback, resolve, reject };
          if (options.signal?.aborted) return reject(abortError('the request was aborted'));
          if (options.steal) {
            const holder = held.get(name);
            held.delete(name);
            holder?.reject(abortError('the lock was stolen'));
            grant(request);
            return;
          }
          const queue = queueOf(name);
          if (!held.has(name) && queue.length === 0) return grant(request);
          if (options.ifAvailable) {
            queueMicrotask(() => {
              Promise.resolve()
                .then(() => callback(null))
                .then(resolve, reject);
            });
            return;
          }
          queue.push(request);
          options.signal?.addEventListener('abort', () => {
            const at = queue.indexOf(request);
            if (at < 0) return;
            queue.splice(at, 1);
            reject(abortError('the request was aborted'));
          });
        });
      },
      async query() {
        const info = (request: Request): LockInfo => ({
          name: request.name,
          mode: 'exclusive',
          clientId: String(request.owner),
        });
        return {
          held: [...held.values()].map(info),
          pending: [...queues.values()].flat().map(info),
        };
      },
    };
    return {
      locks,
      close() {
        for (const [name, request] of [...held]) {
          if (request.owner !== owner) continue;
          held.delete(name);
          next(name);
        }
        for (const queue of queues.values()) {
          for (const request of [...queue]) {
            if (request.owner === owner) queue.splice(queue.indexOf(request), 1);
          }
        }
      },
    };
  }

  return { window, holder: (name: string) => held.get(name)?.owner };
}
