// The real PhoneActions: Phone for calls, storage for the account, the store for what to show.
import { configurationDraft } from '../commands/configurationDraft';
import type { Translate } from '../i18n';
import { isInternalNumber } from '../integra/select';
import { checkAccount } from '../phone/account';
import type { Phone } from '../phone/phone';
import type { CallActionResult } from '../phone/phoneResults';
import { refusedDuringCall } from '../settings/liveCallRule';
import { saveAccount } from '../storage/settings';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useIntegraStore } from '../store/integraStore';
import { usePhoneStore } from '../store/phoneStore';
import type { PhoneActions } from '../ui/PhoneActions';
import type { Devices } from './devices';

export interface PhoneActionEdges {
  /** Takes the phone from the window that holds it (incomingLinks.ts); absent: one window only. */
  takeOver?: () => Promise<boolean>;
  devices: Pick<Devices, 'choose' | 'show' | 'allowMicrophone' | 'allowNotifications'>;
}

export function phoneActions(phone: Phone, t: Translate, edges: PhoneActionEdges): PhoneActions {
  const { devices } = edges;
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
    async saveAccount(draft) {
      const check = checkAccount(draft, location.protocol === 'https:');
      if (!check.ok) {
        const message = t('notice.invalid-settings', { problem: t(`problem.${check.problem}`) });
        notice(message);
        return { ok: false, refused: 'invalid', message };
      }
      if (refusedDuringCall(['account'])) {
        return { ok: false, refused: 'call-live', message: t('save.callLive') };
      }
      // Saving is a click: the moment to ask for incoming-call notifications (never at load).
      void devices.allowNotifications();
      const saved = await saveAccount(check.account);
      if (!saved.ok) {
        return {
          ok: false,
          refused: 'not-saved',
          message: t('save.notSaved', { reason: saved.reason }),
        };
      }
      actions.registerStoredAccount(check.account);
      return { ok: true };
    },
    registerStoredAccount(account) {
      usePhoneStore.setState({ account, notice: '' });
      // One registration per browser: a window without the phone only saves the account.
      if (usePhoneStore.getState().phoneWindow !== 'elsewhere') phone.register(account);
    },
    unregister: () => phone.unregister(),
    dismissNotice: () => notice(''),
    chooseDevice: (slot, deviceId) => devices.choose(slot, deviceId),
    showDevices: (choice) => devices.show(choice),
    allowMicrophone: () => devices.allowMicrophone(),
    allowNotifications: () => devices.allowNotifications(),
    async applyConfiguration(passwordIsHa1) {
      const { pendingConfiguration, account } = usePhoneStore.getState();
      if (!pendingConfiguration) return { ok: false, refused: 'invalid', message: '' };
      const draft = configurationDraft(pendingConfiguration, account, passwordIsHa1);
      const saved = await actions.saveAccount(draft);
      if (saved.ok) usePhoneStore.setState({ pendingConfiguration: undefined });
      return saved;
    },
    cancelConfiguration: () => usePhoneStore.setState({ pendingConfiguration: undefined }),
    takePhone: () => void edges.takeOver?.(),
  };
  return actions;
}
