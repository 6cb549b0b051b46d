// The keyboard shortcuts' edge: one keydown listener on the window. A key bound to a verb runs it
// through the same dispatcher as the buttons (src/actions/verbs.ts says what each verb does).
import type { RunVerb } from '../actions/dispatch';
import { shortcutsSee } from '../hotkeys/keyPresses';
import { shortcutFor } from '../hotkeys/shortcuts';
import { useShortcutStore } from '../store/shortcutStore';

/** Returns a stop function for tests; the app listens for as long as the window lives. */
export function startShortcuts(run: RunVerb, win: Window = window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!shortcutsSee(event, target)) return;
    const id = shortcutFor(event, useShortcutStore.getState().bindings);
    if (id === undefined) return;
    event.preventDefault();
    void run(id, {});
  };
  win.addEventListener('keydown', onKeyDown);
  return () => win.removeEventListener('keydown', onKeyDown);
}
