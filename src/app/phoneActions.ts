// The real PhoneActions: the verbs (dispatch.ts) for calls, the settings for an applied
// configuration, the store for what to show.
import { createDispatch } from '../actions/dispatch';
import { configurationDraft } from '../commands/configurationDraft';
import type { Translate } from '../i18n';
import { accountInput } from '../phone/account';
import type { Phone } from '../phone/phone';
import { fail } from '../settings/partTypes';
import type { Settings } from '../settings/settingsService';
import { usePhoneStore } from '../store/phoneStore';
import type { PhoneActions } from '../ui/PhoneActions';
import type { Devices } from './devices';
import type { DoNotDisturb } from './doNotDisturb';
import { verbEdges } from './verbEdges';

export interface PhoneActionEdges {
  /** Takes the phone from the window that holds it (incomingLinks.ts); absent: one window only. */
  takeOver?: () => Promise<boolean>;
  devices: Pick<Devices, 'choose' | 'allowMicrophone' | 'allowNotifications' | 'pickCallOutput'>;
  settings: Pick<Settings, 'save'>;
  doNotDisturb: Pick<DoNotDisturb, 'toggle'>;
  /** The page the verbs read the selection from and focus the dial box in. */
  window?: Window;
}

export function phoneActions(phone: Phone, t: Translate, edges: PhoneActionEdges): PhoneActions {
  const { devices, settings } = edges;
  const notice = (text: string) => usePhoneStore.setState({ notice: text });
  const run = createDispatch({
    ...verbEdges(phone, edges.window),
    toggleDoNotDisturb: () => edges.doNotDisturb.toggle(),
    t,
    notice,
  });
  const actions: PhoneActions = {
    run,
    unregister: () => phone.unregister(),
    dismissNotice: () => notice(''),
    chooseDevice: (slot, deviceId) => devices.choose(slot, deviceId),
    allowMicrophone: () => devices.allowMicrophone(),
    allowNotifications: () => devices.allowNotifications(),
    pickCallOutput: () => devices.pickCallOutput(),
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
