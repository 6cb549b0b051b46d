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

/** How often a window open all day asks the server for a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

let ready = false;
const listeners = new Set<() => void>();
let worker: Workbox | undefined;
let registration: ServiceWorkerRegistration | undefined;
let pendingReload: (() => boolean) | undefined;

function announce(): void {
  ready = true;
  for (const listener of listeners) listener();
}

export function onUpdateReady(listener: () => void): () => void {
  listeners.add(listener);
  if (ready) listener();
  return () => listeners.delete(listener);
}

export function applyUpdate(stillIdle: () => boolean = () => true): void {
  if (!ready) return;
  if (worker && registration?.waiting) {
    // The reload waits for the new worker to take control (the 'controlling' event).
    pendingReload = stillIdle;
    worker.messageSkipWaiting();
  } else if (stillIdle()) {
    // Another window already switched the worker: only this page is old.
    window.location.reload();
  }
}

export const serviceWorkerUpdates: UpdateSource = { onUpdateReady, applyUpdate };

/**
 * Registers the service worker after the page has loaded. Does nothing in development, in tests,
 * or where service workers are unavailable (an insecure origin, some private windows).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => {
    register().catch((error: unknown) => console.error('service worker not registered', error));
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(): Promise<void> {
  // Loaded on demand: the first render does not wait for it.
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base, type: 'classic' });
  // A new version installed while this page runs an older one (also one found at load).
  wb.addEventListener('waiting', announce);
  wb.addEventListener('controlling', () => {
    const stillIdle = pendingReload;
    pendingReload = undefined;
    if (stillIdle?.()) window.location.reload();
    // Switched by another window, or a call started meanwhile: this page still runs the old
    // version, so the user is told and reloads when it suits them.
    else announce();
  });
  worker = wb;
  registration = await wb.register();
  // Offline or server down: the next check may succeed; nothing to tell the user.
  setInterval(() => wb.update().catch(() => undefined), CHECK_EVERY_MS);
}
