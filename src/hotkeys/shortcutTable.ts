// The README's table of default shortcuts, generated from SHORTCUTS so the two cannot drift:
//   npx tsx -e "import('./src/hotkeys/shortcutTable.ts').then((m) => console.log(m.shortcutTable()))"
import { formatCombo, parseCombo } from './keyCombo';
import { SHORTCUT_LABELS_EN, SHORTCUTS } from './shortcuts';

export function shortcutTable(): string {
  const rows = SHORTCUTS.map(({ id, defaultKeys }) => {
    const combo = parseCombo(defaultKeys);
    const mac = combo ? formatCombo(combo, 'mac') : defaultKeys;
    return `| ${SHORTCUT_LABELS_EN[id]} | <kbd>${defaultKeys}</kbd> | <kbd>${mac}</kbd> |`;
  });
  return ['| Action | Windows, Linux | macOS |', '| --- | --- | --- |', ...rows].join('\n');
}
