// The keys of each shortcut, read by the key listener, the settings screen and the help dialog.
// Loaded at start from the 'shortcuts' setting; the settings screen and an import set it.
import { create } from 'zustand';
import { type Bindings, defaultBindings } from '../hotkeys/shortcuts';

export const useShortcutStore = create<{ bindings: Bindings }>(() => ({
  bindings: defaultBindings(),
}));
