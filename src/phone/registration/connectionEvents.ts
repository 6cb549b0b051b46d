// The browser's signals about the network and the page, handed to the registration keeper: the
// online/offline events, and the page becoming visible or resuming from frozen (when timers that
// were throttled or paused are overdue).

export interface ConnectionSignals {
  online(): void;
  offline(): void;
  visible(): void;
}

/** Subscribes; returns the function that unsubscribes. Reports a browser that starts offline. */
export function watchConnectionEvents(
  keeper: ConnectionSignals,
  win: Window = window,
  doc: Document = document,
): () => void {
  const online = () => keeper.online();
  const offline = () => keeper.offline();
  const visibility = () => {
    if (doc.visibilityState === 'visible') keeper.visible();
  };
  // Page Lifecycle: a frozen background page gets 'resume' (Chrome) when it runs again.
  const resume = () => keeper.visible();
  win.addEventListener('online', online);
  win.addEventListener('offline', offline);
  doc.addEventListener('visibilitychange', visibility);
  doc.addEventListener('resume', resume);
  if (win.navigator.onLine === false) keeper.offline();
  return () => {
    win.removeEventListener('online', online);
    win.removeEventListener('offline', offline);
    doc.removeEventListener('visibilitychange', visibility);
    doc.removeEventListener('resume', resume);
  };
}
