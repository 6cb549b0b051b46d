import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../src/hotkeys/shortcuts';
import { shortcutTable } from '../../src/hotkeys/shortcutTable';

describe('shortcutTable', () => {
  it('has a row per shortcut, with its default keys for each platform', () => {
    const lines = shortcutTable().split('\n');
    expect(lines).toHaveLength(SHORTCUTS.length + 2);
    expect(lines[2]).toBe(
      '| Dial the selection or the clipboard | <kbd>Alt+Shift+D</kbd> | <kbd>⌥⇧D</kbd> |',
    );
    expect(lines.at(-1)).toBe('| Show the shortcuts | <kbd>Alt+Shift+K</kbd> | <kbd>⌥⇧K</kbd> |');
  });
});
