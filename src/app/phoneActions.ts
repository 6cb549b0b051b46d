// The real PhoneActions: Phone for calls, the settings for an applied configuration, the store
// for what to show.
import { configurationDraft } from '../commands/configurationDraft';
import type { Translate } from '../i18n';
import { isInternalNumber } from '../integra/select';
import { accountInput } from '../phone/account';
import type { Phone } from '../phone/phone';
import type { CallActionResult } from '../phone/phoneResults';
import { fail } from '../settings/partTypes';
import type { Settings } from '../settings/settingsService';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useIntegraStore } from '../store/integraStore';
import { usePhoneStore } from '../store/phoneStore';
import type { PhoneActions } from '../ui/PhoneActions';
import type { Devices } from './devices';

export interface PhoneActionEdges {
  /** Takes the phone from the window that holds it (incomingLinks.ts); absent: one window only. */
  takeOver?: () => Promise<boolean>;
  devices: Pick<Devices, 'choose' | 'allowMicrophone' | 'allowNotifications'>;
  settings: Pick<Settings, 'save'>;
}

export function phoneActions(phone: Phone, t: Translate, edges: PhoneActionEdges): PhoneActions {
  const { devices, settings } = edges;
  const notice = (text: string) => usePhoneStore.setState({ notice: text });
  const report = (result: CallActionResult, input = ''): boolean => {
    notice(result.ok ? '' : t(`action.${result.error}`, { input: input.slice(0, 80) }));
    return result.ok;
  };
  const actions: PhoneActions = {
    dial(input, options) {
      const result = phone.dial(input, options);
      notice(result.ok ? '' : t(`notice.${result.error}`, { input: input.slice(0, 80) }));
      return result.ok;
    },
    async dialText(text) {
      // libphonenumber's metadata loads on first use, not with the app.
      const { extractNumber } = await import('../numbers/extractNumber');
      // Short numbers dial as extensions where they match Integra's internal-extension rule; a
      // user who set no rule keeps the default one (2 to 5 digits).
      const { internalPattern } = useIntegraStore.getState().settings;
      const rule =
        internalPattern.trim() === ''
          ? {}
          : { isExtension: (digits: string) => isInternalNumber(digits, internalPattern) };
      const found = extractNumber(text, useDialPlanStore.getState().plan, rule);
      if (!found.ok) {
        notice(t(`dialText.${found.error}`, { text: text.trim().slice(0, 80) }));
        return false;
      }
      if (!actions.dial(found.dialString)) return false;
      const others = found.others.join(', ').slice(0, 120);
      notice(others ? t('dialText.others', { number: found.found, others }) : '');
      return true;
    },
    answer: (callId) => phone.answer(callId),
    decline: (callId) => phone.decline(callId),
    hangup: (callId) => phone.hangup(callId),
    hold: (callId) => report(phone.hold(callId)),
    switchTo: (callId) => report(phone.switchTo(callId)),
    toggleMute: (callId) => report(phone.toggleMute(callId)),
    sendDtmf: (callId, digits) => report(phone.sendDtmf(callId, digits)),
    transfer: (callId, target) => report(phone.transfer(callId, target), target),
    attendedTransfer: (callId, otherCallId) => report(phone.attendedTransfer(callId, otherCallId)),
    unregister: () => phone.unregister(),
    dismissNotice: () => notice(''),
    chooseDevice: (slot, deviceId) => devices.choose(slot, deviceId),
    allowMicrophone: () => devices.allowMicrophone(),
    allowNotifications: () => devices.allowNotifications(),
    async applyConfiguration(passwordIsHa1) {
      const { pendingConfiguration, account } = usePhoneStore.getState();
      if (!pendingConfiguration) {
        return { ok: false, refused: 'invalid', error: fail('account', 'missing') };
      }
      const draft = configurationDraft(pendingConfiguration, account, passwordIsHa1);
      const saved = await settings.save('account', accountInput(draft), {
        // Apply is a click: the moment to ask for incoming-call notifications (never at load).
        accepted: () => void devices.allowNotifications(),
      });
      if (saved.ok) usePhoneStore.setState({ pendingConfiguration: undefined });
      return saved;
    },
    cancelConfiguration: () => usePhoneStore.setState({ pendingConfiguration: undefined }),
    takePhone: () => void edges.takeOver?.(),
  };
  return actions;
}
