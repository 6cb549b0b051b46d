// localStorage: the last moment this window was seen running with each live call. Unlike an
// IndexedDB write, a localStorage write is synchronous, so the one made on pagehide is kept
// when the page goes away; a crash loses at most the time since the last stamp.

const PREFIX = 'voispeed.callAlive.';

export interface CallStamps {
  /** Records `at` for each call. */
  stamp(callIds: readonly string[], at: number): void;
  /** The call ended normally: its stamp is not needed. */
  forget(callId: string): void;
  /** Every stamp by Call-ID; unreadable ones are left out. */
  read(): Map<string, number>;
  /**
   * Removes every stamp once the calls they belonged to are closed in history, but those of the
   * calls `keep` names (the phone's own, which may ring while the close runs).
   */
  clear(keep?: (callId: string) => boolean): void;
}

/** Storage can be missing or throw (disabled, full, a sandboxed frame): stamps then do nothing. */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** `storage`: null for none (the stamps then do nothing). */
export function createCallStamps(storage: Storage | null = browserStorage()): CallStamps {
  const attempt = (work: (store: Storage) => void) => {
    if (!storage) return;
    try {
      work(storage);
    } catch (error) {
      console.warn('could not keep a call stamp', error);
    }
  };
  const ownKeys = (store: Storage): string[] => {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    return keys;
  };
  return {
    stamp(callIds, at) {
      attempt((store) => {
        for (const callId of callIds) store.setItem(PREFIX + callId, String(at));
      });
    },
    forget(callId) {
      attempt((store) => store.removeItem(PREFIX + callId));
    },
    read() {
      const stamps = new Map<string, number>();
      attempt((store) => {
        for (const key of ownKeys(store)) {
          const at = Number(store.getItem(key));
          if (Number.isFinite(at) && at > 0) stamps.set(key.slice(PREFIX.length), at);
        }
      });
      return stamps;
    },
    clear(keep = () => false) {
      attempt((store) => {
        for (const key of ownKeys(store)) {
          if (!keep(key.slice(PREFIX.length))) store.removeItem(key);
        }
      });
    },
  };
}
