// Every shortcut with its current keys, from SHORTCUTS. Opened by the help shortcut or the header
// button, as a modal dialog; Escape or Close shuts it and gives the focus back to where it was.
import { useId, useMemo, useRef } from 'react';
import { VERBS } from '../../actions/verbs';
import { SHORTCUTS } from '../../hotkeys/shortcuts';
import { hideShortcutHelp } from '../../store/shortcutHelpStore';
import { useShortcutStore } from '../../store/shortcutStore';
import { BrowserLimitNote } from '../BrowserLimitNote';
import { ModalDialog } from '../ModalDialog';
import { useT } from '../useT';
import { keysPlatform, keysText } from './keysText';

/** Loaded on first open (App renders it only while open). */
export default function ShortcutHelpDialog() {
  const t = useT();
  const titleId = useId();
  const bindings = useShortcutStore((s) => s.bindings);
  const platform = useMemo(() => keysPlatform(), []);
  const close = useRef<HTMLButtonElement>(null);

  return (
    <ModalDialog
      labelledBy={titleId}
      className="shortcut-help"
      onClose={hideShortcutHelp}
      initialFocus={close}
    >
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
    </ModalDialog>
  );
}
