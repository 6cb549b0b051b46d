// Combinations a shortcut may not use: the browser or the system keeps them for itself (a page
// cannot have them, or takes them from the user), or they type and edit text in fields.
// Bindings move between machines with exported settings, so the list covers Windows, Linux and
// macOS at once, and treats ⌘ (Meta) like Ctrl where macOS browsers use it the same way.

import type { KeyCombo } from './keyCombo';
import { kindOf } from './keyNames';

interface Rule {
  /** Why, in a line: the list is documentation as much as code. */
  why: string;
  applies: (c: KeyCombo) => boolean;
}

const ctrlOrMeta = (c: KeyCombo) => c.ctrl || c.meta;
const isFKey = (c: KeyCombo, ...n: number[]) => n.some((i) => c.key === `F${i}`);
const keyIn = (c: KeyCombo, keys: string) => keys.split(' ').includes(c.key);

const RULES: readonly Rule[] = [
  {
    why: 'No Ctrl, Alt or ⌘: letters, digits, symbols and Space type into fields; Enter, Tab, Escape, arrows, Home/End, PageUp/PageDown and Backspace/Delete move or edit. Only F-keys are free.',
    applies: (c) => !c.ctrl && !c.alt && !c.meta && kindOf(c.key) !== 'function',
  },
  {
    why: 'F1 help, F3 find next, F5 reload (Ctrl+F5, Shift+F5 too), F6 address bar, F7 caret browsing, F10 menu (Shift+F10 context menu), F11 full screen, F12 developer tools: with any modifier.',
    applies: (c) => isFKey(c, 1, 3, 5, 6, 7, 10, 11, 12),
  },
  {
    why: 'Alt+F4 closes the window, Ctrl/⌘+F4 the tab.',
    applies: (c) => isFKey(c, 4) && (c.alt || ctrlOrMeta(c)),
  },
  {
    why: 'Ctrl/⌘ with a key alone: W T N Q tabs and windows, L R address and reload, 1..9 tabs, Tab and PageUp/PageDown switch tabs, C V X Z Y A copy, paste, undo, select all, F P S D H J find, print, save, bookmark, history, downloads, + - 0 zoom, arrows and Backspace move and delete words. Every one is taken.',
    applies: (c) => ctrlOrMeta(c) && !c.alt && !c.shift && kindOf(c.key) !== 'function',
  },
  {
    why: 'Ctrl/⌘+Shift: T reopens a tab, N and W private and closing windows, Tab previous tab, I J C developer tools, B O bookmarks, P private window, Z redo, A tab search, R hard reload, Delete clear data, Q quit, H D K E M browser tools, V paste as text, arrows/Home/End select text, PageUp/PageDown move tabs; ⌘+Shift+3/4/5 and Win+Shift+S take screenshots.',
    applies: (c) =>
      ctrlOrMeta(c) &&
      c.shift &&
      !c.alt &&
      keyIn(
        c,
        'T N W Q Tab I J C B O P Z A R H D K E M V S 3 4 5 Delete ArrowUp ArrowDown ArrowLeft ArrowRight Home End PageUp PageDown Enter',
      ),
  },
  {
    why: 'Ctrl+Alt: on Windows AltGr reports itself as Ctrl+Alt and types characters (@ # € [ ą ł); Linux uses Ctrl+Alt for workspaces, terminals, the lock screen and consoles (Ctrl+Alt+F1…), and Ctrl+Alt+Delete is the system’s.',
    applies: (c) => c.ctrl && c.alt,
  },
  {
    why: '⌘+Option on macOS: I J C U developer tools and source, arrows switch tabs, F search, B bookmarks, R reader view, H W M D Escape hide, close, minimise, Dock, Force Quit.',
    applies: (c) =>
      c.meta &&
      c.alt &&
      keyIn(c, 'I J C U F B R H W M D Escape ArrowUp ArrowDown ArrowLeft ArrowRight Space'),
  },
  {
    why: '⌘ with Ctrl on macOS: F full screen, Q lock screen, Space emoji, D dictionary.',
    applies: (c) => c.meta && c.ctrl && keyIn(c, 'F Q Space D'),
  },
  {
    why: 'Alt alone: Left/Right back and forward, Home home page, D address bar, E F Chrome menu, V S B T H Firefox menus, Tab and Space and Escape the window manager, 1..9 tabs on Linux.',
    applies: (c) =>
      c.alt &&
      !c.ctrl &&
      !c.meta &&
      !c.shift &&
      (kindOf(c.key) === 'digit' ||
        keyIn(c, 'ArrowLeft ArrowRight Home D E F V S B T H Tab Space Escape Enter')),
  },
  {
    why: 'Alt+Shift: Tab switches windows backwards; Chrome takes T (toolbar), B (bookmarks bar), I (feedback), A (dialogs).',
    applies: (c) => c.alt && c.shift && !c.ctrl && !c.meta && keyIn(c, 'Tab T B I A'),
  },
];

/** Whether a combination is the browser's, the system's or the text fields' (RULES above). */
export function isReservedCombo(combo: KeyCombo): boolean {
  return RULES.some((rule) => rule.applies(combo));
}
