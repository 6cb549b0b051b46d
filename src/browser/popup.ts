// window.open for CRM pops. A pop-up blocker refuses windows opened without a click; the caller
// must then offer the pop another way, so the result says which happened.

export type PopResult = 'opened' | 'blocked';

export function openPop(url: string): PopResult {
  // Not 'noopener': with it window.open always returns null, and a blocked pop could not be told
  // apart from an opened one. The opener link is cut right after instead.
  const opened = window.open(url, '_blank');
  if (!opened) return 'blocked';
  // The CRM page must not be able to navigate the phone's window (reverse tabnabbing).
  opened.opener = null;
  return 'opened';
}
