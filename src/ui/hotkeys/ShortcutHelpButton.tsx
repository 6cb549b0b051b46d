// The header's way to the shortcut help, for those who do not know the help shortcut yet.
import { Keyboard } from 'lucide-react';
import { showShortcutHelp, useShortcutHelpStore } from '../../store/shortcutHelpStore';
import { useT } from '../useT';

export function ShortcutHelpButton() {
  const t = useT();
  const open = useShortcutHelpStore((s) => s.open);
  return (
    <button
      type="button"
      className="icon"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={showShortcutHelp}
    >
      <Keyboard aria-hidden="true" />
      <span className="visually-hidden">{t('shortcuts.title')}</span>
    </button>
  );
}
