// The service worker (workbox-window): registers it, says when a new version is waiting, and
// switches to it only when asked. It never reloads the page by itself (docs/architecture.md).
import type { Workbox } from 'workbox-window';

/** Where the UI learns of a new version and asks for it; component tests pass a fake. */
export interface UpdateSource {
  /** Calls `listener` when a new version is ready (at once if one already is); returns unsubscribe. */
  onUpdateReady(listener: () => void): () => void;
  /**
   * Switches to the new version and reloads this window; from a user action only. `stillIdle` is
   * asked again just before the reload, so a call that started meanwhile is not cut off.
   */
  applyUpdate(stillIdle?: () => boolean): void;
}

export interface AppServiceWorker extends UpdateSource {
  /**
   * Registers the worker once the page has loaded. Does nothing in development, in tests, or
   * where service workers are unavailable (an insecure origin, some private windows).
   */
  register(): void;
}

/** What of workbox-window the page uses: tests give a fake worker. */
export type WorkerControl = Pick<Workbox, 'messageSkipWaiting' | 'update'> & {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  register(): Promise<ServiceWorkerRegistration | undefined>;
};

export interface ServiceWorkerOptions {
  /** Makes the worker; null where there is none to register (see register()). */
  load?: (() => Promise<WorkerControl>) | null;
  reload?: () => void;
  /** How often a window open all day asks the server for a new version. */
  checkEveryMs?: number;
}

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** The app's worker, loaded on demand so the first render does not wait for workbox-window. */
async function loadWorkbox(): Promise<WorkerControl> {
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  return new Workbox(`${base}sw.js`, { scope: base, type: 'classic' });
}

const available = () => import.meta.env.PROD && 'serviceWorker' in navigator;

export function createServiceWorker({
  load = available() ? loadWorkbox : null,
  reload = () => window.location.reload(),
  checkEveryMs = CHECK_EVERY_MS,
}: ServiceWorkerOptions = {}): AppServiceWorker {
  let ready = false;
  const listeners = new Set<() => void>();
  let worker: WorkerControl | undefined;
  let registration: ServiceWorkerRegistration | undefined;
  let pendingReload: (() => boolean) | undefined;

  function announce(): void {
    ready = true;
    for (const listener of listeners) listener();
  }

  async function register(make: () => Promise<WorkerControl>): Promise<void> {
    const wb = await make();
    // A new version installed while this page runs an older one (also one found at load).
    wb.addEventListener('waiting', announce);
    wb.addEventListener('controlling', () => {
      const stillIdle = pendingReload;
      pendingReload = undefined;
      if (stillIdle?.()) reload();
      // Switched by another window, or a call started meanwhile: this page still runs the old
      // version, so the user is told and reloads when it suits them.
      else announce();
    });
    worker = wb;
    registration = await wb.register();
    // Offline or server down: the next check may succeed; nothing to tell the user.
    setInterval(() => wb.update().catch(() => undefined), checkEveryMs);
  }

  return {
    onUpdateReady(listener) {
      listeners.add(listener);
      if (ready) listener();
      return () => listeners.delete(listener);
    },
    applyUpdate(stillIdle = () => true) {
      if (!ready) return;
      if (worker && registration?.waiting) {
        // The reload waits for the new worker to take control (the 'controlling' event).
        pendingReload = stillIdle;
        worker.messageSkipWaiting();
      } else if (stillIdle()) {
        // Another window already switched the worker: only this page is old.
        reload();
      }
    },
    register() {
      if (!load) return;
      const make = load;
      const start = () => {
        register(make).catch((error: unknown) =>
          console.error('service worker not registered', error),
        );
      };
      if (document.readyState === 'complete') start();
      else window.addEventListener('load', start, { once: true });
    },
  };
}
