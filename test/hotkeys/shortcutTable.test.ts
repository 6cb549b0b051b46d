import { readFileSync } from 'node:fs';
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

  it('is the table in the README (cells compared, the formatter pads them)', () => {
    const cells = (line: string) => line.split('|').map((cell) => cell.trim().replace(/^-+$/, '-'));
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('\n');
    const table = shortcutTable().split('\n');
    const start = readme.findIndex(
      (line) => cells(line).join('|') === cells(table[0] ?? '').join('|'),
    );
    expect(start).toBeGreaterThanOrEqual(0);
    const inReadme = readme.slice(start, start + table.length).map(cells);
    expect(inReadme).toEqual(table.map(cells));
  });
});
