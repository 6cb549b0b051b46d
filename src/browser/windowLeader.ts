// Web Locks: which of the app's windows holds the phone. One SIP registration per browser, so
// one window (the leader) holds an exclusive lock for as long as it runs the phone.

/**
 * 'unknown' before the first claim and after release(). 'follower': another window holds the
 * lock, or took it from this one.
 */
export type LeaderState = 'unknown' | 'leader' | 'follower';

/** The part of navigator.locks used here, so tests can pass a fake. */
export interface LockRequester {
  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => unknown,
  ): Promise<unknown>;
  /** Who holds and who waits; missing where the browser cannot say. */
  query?(): Promise<LockManagerSnapshot>;
}

export interface WindowLeader {
  state(): LeaderState;
  /**
   * False when the browser has no Web Locks (or refused them): every window then acts as the
   * leader, and two windows can each register.
   */
  coordinated(): boolean;
  onChange(listener: (state: LeaderState) => void): () => void;
  /** Takes the lock if no window holds it; true when this window is the leader. */
  claim(): Promise<boolean>;
  /** Queues behind the leader: true once this window leads, false if the wait was cancelled. */
  waitForLeadership(): Promise<boolean>;
  /** "Use this window": takes the lock from the leader, which becomes a follower. */
  takeOver(): Promise<boolean>;
  /** Lets the lock go (and stops waiting for it), so a queued window takes over. */
  release(): void;
  /**
   * Whether another window waited for the phone when last looked (lookForWaiting). Synchronous,
   * for pagehide, which cannot wait for an answer.
   */
  othersWaiting(): boolean;
  /** Looks, in the background, whether another window waits for the phone. */
  lookForWaiting(): void;
}

export const LEADER_LOCK = 'voispeed-phone';

function browserLocks(): LockRequester | null {
  // navigator.locks exists only in secure contexts, and not in every browser.
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

export function createWindowLeader({
  locks = browserLocks(),
  name = LEADER_LOCK,
}: {
  /** Null where the browser has no Web Locks. */
  locks?: LockRequester | null;
  name?: string;
} = {}): WindowLeader {
  let current: LeaderState = 'unknown';
  let usingLocks = locks !== null;
  const listeners = new Set<(state: LeaderState) => void>();
  /** The lock this window holds: `letGo` releases it, `gone` settles once it is released. */
  let holding: { letGo: () => void; gone: Promise<void> } | undefined;
  /** Letting go takes a moment: a claim right after release() must not find its own lock. */
  let letting: Promise<void> = Promise.resolve();
  let waiting: { abort: AbortController; done: Promise<boolean> } | undefined;
  let othersWaiting = false;
  let claiming: Promise<boolean> | undefined;

  function set(state: LeaderState): void {
    if (state === current) return;
    current = state;
    for (const listener of [...listeners]) listener(state);
  }

  function stopWaiting(): void {
    waiting?.abort.abort();
    waiting = undefined;
  }

  /** One lock request; resolves true when granted, false when not (or cancelled). */
  async function acquire(options: LockOptions): Promise<boolean> {
    await letting;
    // Cancelled (release, takeOver) while this window was still letting go.
    if (options.signal?.aborted) return false;
    if (!locks || !usingLocks) {
      set('leader');
      return true;
    }
    return new Promise<boolean>((resolve) => {
      let mine: typeof holding;
      let over: () => void = () => undefined;
      const gone = new Promise<void>((done) => {
        over = done;
      });
      const granted = (lock: Lock | null): unknown => {
        if (!lock) {
          set('follower');
          resolve(false);
          return undefined;
        }
        const hold = new Promise<void>((letGo) => {
          mine = { letGo, gone };
        });
        holding = mine;
        set('leader');
        resolve(true);
        return hold;
      };
      locks.request(name, { ...options, mode: 'exclusive' }, granted).then(
        () => over(),
        (error: unknown) => {
          over();
          if (mine && holding === mine) {
            // Another window stole the lock: the phone must stop here.
            holding = undefined;
            set('follower');
          } else if (!mine && !isAbort(error)) {
            // SecurityError (an opaque origin) and the like: no coordination is possible, and a
            // phone that never starts is worse than two registrations.
            usingLocks = false;
            set('leader');
            resolve(true);
            return;
          }
          resolve(false);
        },
      );
    });
  }

  return {
    state: () => current,
    coordinated: () => usingLocks,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    claim() {
      if (current === 'leader') return Promise.resolve(true);
      // A second claim while one is asked would find this window's own lock and say follower.
      claiming ??= acquire({ ifAvailable: true }).finally(() => {
        claiming = undefined;
      });
      return claiming;
    },
    waitForLeadership() {
      if (current === 'leader') return Promise.resolve(true);
      if (waiting) return waiting.done;
      const abort = new AbortController();
      const done = acquire({ signal: abort.signal }).then((won) => {
        if (waiting?.abort === abort) waiting = undefined;
        return won;
      });
      waiting = { abort, done };
      return done;
    },
    takeOver() {
      if (current === 'leader') return Promise.resolve(true);
      // A queued request would be granted to this window again after it lets go: drop it.
      stopWaiting();
      return acquire({ steal: true });
    },
    release() {
      stopWaiting();
      if (holding) {
        holding.letGo();
        letting = holding.gone;
        holding = undefined;
      }
      if (current === 'leader') set('unknown');
    },
    othersWaiting: () => othersWaiting,
    lookForWaiting() {
      if (!locks?.query || !usingLocks) return;
      locks.query().then(
        ({ pending = [] }) => {
          othersWaiting = pending.some((request) => request.name === name);
        },
        (error: unknown) => console.error('the windows waiting for the phone are unknown', error),
      );
    },
  };
}
