// Whether the shortcut help is showing: the help shortcut (a window key listener, outside React)
// and the header button both open it.
import { create } from 'zustand';

export const useShortcutHelpStore = create<{ open: boolean }>(() => ({ open: false }));

export function showShortcutHelp(): void {
  useShortcutHelpStore.setState({ open: true });
}

export function hideShortcutHelp(): void {
  useShortcutHelpStore.setState({ open: false });
}
