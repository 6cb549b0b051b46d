// The real PhoneActions: the verbs (dispatch.ts) for calls, storage for the account, the store
// for what to show.
import { createDispatch } from '../actions/dispatch';
import { configurationDraft } from '../commands/configurationDraft';
import type { Translate } from '../i18n';
import { checkAccount } from '../phone/account';
import type { Phone } from '../phone/phone';
import { refusedDuringCall } from '../settings/liveCallRule';
import { saveAccount } from '../storage/settings';
import { usePhoneStore } from '../store/phoneStore';
import type { PhoneActions } from '../ui/PhoneActions';
import type { Devices } from './devices';
import { verbEdges } from './verbEdges';

export interface PhoneActionEdges {
  /** Takes the phone from the window that holds it (incomingLinks.ts); absent: one window only. */
  takeOver?: () => Promise<boolean>;
  devices: Pick<Devices, 'choose' | 'show' | 'allowMicrophone' | 'allowNotifications'>;
  /** The page the verbs read the selection from and focus the dial box in. */
  window?: Window;
}

export function phoneActions(phone: Phone, t: Translate, edges: PhoneActionEdges): PhoneActions {
  const { devices } = edges;
  const notice = (text: string) => usePhoneStore.setState({ notice: text });
  const run = createDispatch({ ...verbEdges(phone, edges.window), t, notice });
  const actions: PhoneActions = {
    run,
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
