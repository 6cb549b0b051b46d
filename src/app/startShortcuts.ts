// The keyboard shortcuts' edge: one keydown listener on the window, reading the bindings in their
// store (the settings load them). shortcutActions.ts decides what a key does; this carries it out.
import { readClipboardText } from '../browser/clipboard';
import { selectedText } from '../browser/selection';
import { shortcutFor } from '../hotkeys/shortcuts';
import type { Translate } from '../i18n';
import { usePhoneStore } from '../store/phoneStore';
import { showShortcutHelp } from '../store/shortcutHelpStore';
import { useShortcutStore } from '../store/shortcutStore';
import { DIAL_BOX_ID } from '../ui/DialBox';
import type { PhoneActions } from '../ui/PhoneActions';
import { planShortcut, type ShortcutStep, shortcutsSee } from './shortcutActions';

/** Returns a stop function for tests; the app listens for as long as the window lives. */
export function startShortcuts(
  actions: PhoneActions,
  t: Translate,
  win: Window = window,
): () => void {
  const notice = (text: string) => usePhoneStore.setState({ notice: text });

  // The clipboard is read only here, inside the user's key press, so the browser can ask them.
  const dialSelection = async () => {
    const selection = selectedText(win.document);
    if (selection.trim() !== '') {
      await actions.dialText(selection);
      return;
    }
    const clipboard = await readClipboardText(win.navigator);
    if (!clipboard.ok) {
      notice(
        t(
          clipboard.error === 'refused'
            ? 'hotkeys.clipboardRefused'
            : 'hotkeys.clipboardUnavailable',
        ),
      );
    } else if (clipboard.text.trim() === '') {
      notice(t('hotkeys.clipboardEmpty'));
    } else {
      await actions.dialText(clipboard.text);
    }
  };

  const perform = (step: ShortcutStep): void => {
    switch (step.kind) {
      case 'dialSelection':
        dialSelection().catch((error: unknown) => console.error('dialling the selection', error));
        break;
      case 'answer':
        actions.answer(step.callId);
        break;
      case 'decline':
        actions.decline(step.callId);
        break;
      case 'hangup':
        actions.hangup(step.callId);
        break;
      case 'hold':
        actions.hold(step.callId);
        break;
      case 'resume':
        actions.switchTo(step.callId);
        break;
      case 'mute':
        actions.toggleMute(step.callId);
        break;
      case 'dial':
        actions.dial(step.number);
        break;
      case 'focusDialBox':
        win.document.getElementById(DIAL_BOX_ID)?.focus();
        break;
      case 'showHelp':
        showShortcutHelp();
        break;
      case 'nothing':
        notice(t(`hotkeys.${step.reason}`));
        break;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!shortcutsSee(event, target)) return;
    const id = shortcutFor(event, useShortcutStore.getState().bindings);
    if (id === undefined) return;
    event.preventDefault();
    const { calls, history } = usePhoneStore.getState();
    perform(planShortcut(id, { calls, history }));
  };
  win.addEventListener('keydown', onKeyDown);
  return () => win.removeEventListener('keydown', onKeyDown);
}
