// Every shortcut with its current keys, from SHORTCUTS. Opened by the help shortcut or the header
// button; Escape or Close shuts it and gives the focus back to where it was.
import { useEffect, useId, useMemo, useRef } from 'react';
import { VERBS } from '../../actions/verbs';
import { SHORTCUTS } from '../../hotkeys/shortcuts';
import { hideShortcutHelp, useShortcutHelpStore } from '../../store/shortcutHelpStore';
import { useShortcutStore } from '../../store/shortcutStore';
import { BrowserLimitNote } from '../BrowserLimitNote';
import { useT } from '../useT';
import { keysPlatform, keysText } from './keysText';

export function ShortcutHelpDialog() {
  const open = useShortcutHelpStore((s) => s.open);
  return open ? <HelpDialog /> : null;
}

function HelpDialog() {
  const t = useT();
  const titleId = useId();
  const bindings = useShortcutStore((s) => s.bindings);
  const platform = useMemo(() => keysPlatform(), []);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      hideShortcutHelp();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return (
    <div role="dialog" aria-labelledby={titleId} className="shortcut-help">
      <h2 id={titleId}>{t('shortcuts.title')}</h2>
      <p className="hint">{t('shortcuts.helpIntro')}</p>
      <BrowserLimitNote limit="clipboardRead" />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ id }) => (
            <tr key={id}>
              <th scope="row">{t(VERBS[id].label)}</th>
              <td>
                <kbd>{keysText(bindings[id], platform)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button ref={close} type="button" onClick={hideShortcutHelp}>
        {t('shortcuts.close')}
      </button>
    </div>
  );
}
