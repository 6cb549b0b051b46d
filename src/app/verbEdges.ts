// What the verbs need from this page, built once by createApp: Phone, the history on screen,
// number finding with the user's dial plan, the selection and clipboard, and the dial box.
import type { FoundNumber, VerbEdges } from '../actions/verbTypes';
import { focusView } from '../browser/appView';
import { readClipboardText } from '../browser/clipboard';
import { selectedText } from '../browser/selection';
import { isInternalNumber } from '../integra/select';
import type { Phone } from '../phone/phone';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useIntegraStore } from '../store/integraStore';
import { usePhoneStore } from '../store/phoneStore';
import { showScreen } from '../store/screenStore';
import { showShortcutHelp } from '../store/shortcutHelpStore';

async function findNumber(text: string): Promise<FoundNumber> {
  // libphonenumber's metadata loads on first use, not with the app.
  const { extractNumber } = await import('../numbers/extractNumber');
  // Short numbers dial as extensions where they match Integra's internal-extension rule; a user
  // who set no rule keeps the default one (2 to 5 digits).
  const { internalPattern } = useIntegraStore.getState().settings;
  const rule =
    internalPattern.trim() === ''
      ? {}
      : { isExtension: (digits: string) => isInternalNumber(digits, internalPattern) };
  const found = extractNumber(text, useDialPlanStore.getState().plan, rule);
  if (found.ok) return found;
  const params = { text: text.trim().slice(0, 80) };
  return { ok: false, said: { key: `dialText.${found.error}`, params } };
}

/** Sends the digits once the call is answered, as a person would key them; never after it ends. */
function whenAnswered(phone: Phone, callId: string, digits: string): void {
  const stop = phone.events.on((event) => {
    if (event.type !== 'call' || event.call.facts.callId !== callId) return;
    if (event.call.status === 'active') {
      stop();
      phone.sendDtmf(callId, digits);
    } else if (event.call.status === 'ended') {
      stop();
    }
  });
}

/** All but do not disturb, which phoneActions.ts takes from createApp with its stored state. */
export function verbEdges(
  phone: Phone,
  win: Window = window,
): Omit<VerbEdges, 'toggleDoNotDisturb'> {
  return {
    phone,
    history: () => usePhoneStore.getState().history,
    findNumber,
    async selectionOrClipboard() {
      const selection = selectedText(win.document);
      if (selection.trim() !== '') return { ok: true, text: selection };
      const clipboard = await readClipboardText(win.navigator);
      if (!clipboard.ok) {
        const error = clipboard.error === 'refused' ? 'clipboardRefused' : 'clipboardUnavailable';
        return { ok: false, error };
      }
      if (clipboard.text.trim() === '') return { ok: false, error: 'clipboardEmpty' };
      return { ok: true, text: clipboard.text };
    },
    whenAnswered: (callId, digits) => whenAnswered(phone, callId, digits),
    // The dial box is on the home screen: from the settings, the shortcut goes there first.
    focusDialBox: () => {
      showScreen('home');
      focusView('dial', win.document);
    },
    showHelp: showShortcutHelp,
  };
}
