// Reading the clipboard's text: only ever inside the user's key press, and the browser may ask
// the user first. Touches navigator.clipboard.

export type ClipboardRead =
  | { ok: true; text: string }
  /** No clipboard API (an http page, an old browser) or the user or a policy refused. */
  | { ok: false; error: 'unavailable' | 'refused' };

export async function readClipboardText(nav: Navigator = navigator): Promise<ClipboardRead> {
  if (typeof nav.clipboard?.readText !== 'function') return { ok: false, error: 'unavailable' };
  try {
    const text = await nav.clipboard.readText();
    return { ok: true, text: typeof text === 'string' ? text : '' };
  } catch {
    // NotAllowedError: permission denied, the document not focused, or no user activation.
    return { ok: false, error: 'refused' };
  }
}

/** Puts text on the clipboard; false when the browser has no clipboard API or refused. */
export async function writeClipboardText(
  text: string,
  nav: Navigator = navigator,
): Promise<boolean> {
  if (typeof nav.clipboard?.writeText !== 'function') return false;
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
