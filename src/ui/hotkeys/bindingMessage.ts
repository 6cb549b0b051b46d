// Why a shortcut's keys were refused, in the user's words, naming the shortcut they clash with.
import { VERBS } from '../../actions/verbs';
import type { BindingError, ShortcutId } from '../../hotkeys/shortcuts';
import type { Translate } from '../../i18n';

export function bindingMessage(
  t: Translate,
  error: BindingError,
  keys: string,
  other?: ShortcutId,
): string {
  switch (error) {
    case 'unparsable':
      return t('shortcuts.unparsable', { keys: keys.slice(0, 64) });
    case 'reserved':
      return t('shortcuts.reserved', { keys });
    case 'conflict':
      return t('shortcuts.conflict', { keys, other: other ? t(VERBS[other].label) : '' });
  }
}
