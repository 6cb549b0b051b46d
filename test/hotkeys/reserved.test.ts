import { describe, expect, it } from 'vitest';
import { parseCombo } from '../../src/hotkeys/keyCombo';
import { isReservedCombo } from '../../src/hotkeys/reserved';

function reserved(text: string): boolean {
  const combo = parseCombo(text);
  if (combo === undefined) throw new Error(`test combo ${text} does not parse`);
  return isReservedCombo(combo);
}

describe('isReservedCombo', () => {
  it.each([
    // Tabs and windows, on Windows/Linux (Ctrl) and macOS (⌘)
    'Ctrl+W',
    'Meta+W',
    'Ctrl+T',
    'Meta+T',
    'Ctrl+N',
    'Ctrl+Q',
    'Meta+Q',
    'Ctrl+Tab',
    'Ctrl+Shift+Tab',
    'Ctrl+Shift+T',
    'Meta+Shift+T',
    'Ctrl+Shift+N',
    'Ctrl+Shift+W',
    'Ctrl+L',
    'Ctrl+R',
    'Meta+R',
    'Ctrl+PageUp',
    'Ctrl+PageDown',
    'Ctrl+1',
    'Ctrl+9',
    'Meta+5',
    // Reload, full screen, developer tools
    'F5',
    'Ctrl+F5',
    'Shift+F5',
    'F11',
    'F12',
    'Ctrl+Shift+I',
    'Ctrl+Shift+J',
    'Ctrl+Shift+C',
    'Meta+Alt+I',
    'Meta+Alt+J',
    'F1',
    'Shift+F10',
    // Window and history
    'Alt+F4',
    'Ctrl+F4',
    'Alt+ArrowLeft',
    'Alt+ArrowRight',
    'Alt+Tab',
    'Alt+Shift+Tab',
    'Alt+D',
    'Alt+F',
    'Alt+3',
    // Text editing
    'Ctrl+C',
    'Meta+V',
    'Ctrl+Shift+Z',
    'Ctrl+ArrowLeft',
    'Ctrl+Shift+ArrowLeft',
    'Ctrl+Backspace',
    'Ctrl++',
    // AltGr on Windows, workspaces on Linux
    'Ctrl+Alt+D',
    'Ctrl+Alt+Shift+D',
    'Ctrl+Alt+F2',
    'Ctrl+Alt+Delete',
    // Typed into fields or moving in them
    'D',
    'Shift+D',
    '5',
    'Shift+5',
    '?',
    'Space',
    'Enter',
    'Escape',
    'Tab',
    'Shift+Tab',
    'ArrowUp',
    'Shift+ArrowUp',
    'Backspace',
    'Delete',
    // Chrome's own Alt+Shift letters
    'Alt+Shift+T',
    'Alt+Shift+B',
    'Alt+Shift+I',
    'Alt+Shift+A',
    // macOS system
    'Meta+Ctrl+F',
    'Meta+Ctrl+Space',
    'Meta+Shift+3',
    'Meta+Alt+Escape',
  ])('%s is reserved', (text) => {
    expect(reserved(text)).toBe(true);
  });

  it.each([
    'Alt+Shift+D',
    'Alt+Shift+P',
    'Alt+Shift+X',
    'Alt+Shift+K',
    'Alt+Shift+1',
    'Alt+Shift+ArrowUp',
    'F2',
    'F4',
    'F8',
    'F9',
    'Shift+F2',
    'Ctrl+F2',
    'Alt+Shift+F9',
    'Ctrl+Shift+F2',
    'Ctrl+Shift+L',
    'Alt+K',
  ])('%s is free', (text) => {
    expect(reserved(text)).toBe(false);
  });
});
