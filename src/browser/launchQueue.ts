// The installed app's launch queue. The manifest's launch_handler is focus-existing, so a link
// opened while the app runs reaches the open window here instead of opening a second one.
import { linkFromLocation } from './locationLink';

/** Not in lib.dom yet. Launch parameters come from the browser, but are still checked. */
export interface LaunchParams {
  readonly targetURL?: unknown;
}

export interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

export type LaunchConsumer = 'consuming' | 'unsupported';

function browserLaunchQueue(): LaunchQueue | null {
  if (typeof window === 'undefined') return null;
  const queue = (window as { launchQueue?: unknown }).launchQueue;
  if (typeof queue !== 'object' || queue === null) return null;
  return typeof (queue as LaunchQueue).setConsumer === 'function' ? (queue as LaunchQueue) : null;
}

export interface LaunchOptions {
  /** Null where the browser has none; only Chromium has one, and it fires in app windows only. */
  launchQueue?: LaunchQueue | null;
  /**
   * The link this window already read from its own address. The first launch is the one that
   * opened the window and carries it again: skipped then, so the link does not run twice.
   */
  alreadyRead?: string | undefined;
  /** A launch without a link (the icon, a manifest shortcut such as `/?view=dial`): its URL. */
  onOtherLaunch?: (targetURL: string) => void;
}

/**
 * Hands every launch's `?uri=` link to onLink. Launches without one (the app opened from its icon
 * or a shortcut) are ignored.
 */
export function consumeLaunches(
  onLink: (link: string) => void,
  { launchQueue = browserLaunchQueue(), alreadyRead, onOtherLaunch }: LaunchOptions = {},
): LaunchConsumer {
  if (!launchQueue) return 'unsupported';
  let skip = alreadyRead;
  launchQueue.setConsumer((params) => {
    const target = typeof params === 'object' && params !== null ? params.targetURL : undefined;
    const link = typeof target === 'string' ? linkFromLocation(target) : undefined;
    const opening = skip;
    skip = undefined;
    if (link === undefined) {
      if (typeof target === 'string') onOtherLaunch?.(target);
      return;
    }
    if (link === opening) return;
    onLink(link);
  });
  return 'consuming';
}
