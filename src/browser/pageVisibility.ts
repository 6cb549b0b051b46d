// document.visibilityState: whether the window is hidden (minimised, another tab in front, or,
// where the browser tracks it, covered by other windows). Nothing else here reads visibility.

export function isPageHidden(): boolean {
  return document.visibilityState === 'hidden';
}

/** Calls back when the window is hidden or shown again; returns the unsubscribe. */
export function onVisibilityChange(callback: () => void): () => void {
  document.addEventListener('visibilitychange', callback);
  return () => document.removeEventListener('visibilitychange', callback);
}
