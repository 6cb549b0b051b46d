// The README's table of default shortcuts, generated from SHORTCUTS so the two cannot drift:
//   npx tsx -e "import('./src/hotkeys/shortcutTable.ts').then((m) => console.log(m.shortcutTable()))"

import { VERBS } from '../actions/verbs';
import { englishTranslator } from '../i18n';
import { formatCombo, parseCombo } from './keyCombo';
import { SHORTCUTS } from './shortcuts';

export function shortcutTable(): string {
  const t = englishTranslator();
  const rows = SHORTCUTS.map(({ id, defaultKeys }) => {
    const combo = parseCombo(defaultKeys);
    const mac = combo ? formatCombo(combo, 'mac') : defaultKeys;
    return `| ${t(VERBS[id].label)} | <kbd>${defaultKeys}</kbd> | <kbd>${mac}</kbd> |`;
  });
  return ['| Action | Windows, Linux | macOS |', '| --- | --- | --- |', ...rows].join('\n');
}
