// Do not disturb: the user's on/off, kept in the settings over a reload and applied to this
// window's Phone. Only the window that holds the phone takes calls, so only it changes the state;
// a window that comes to hold the phone reads the stored state again, as the one before may have
// changed it (that read runs beside the registration, not before it).
import type { VerbResult } from '../actions/verbTypes';
import type { Phone } from '../phone/phone';
import { loadSetting, saveSetting } from '../storage/settings';
import { usePhoneStore } from '../store/phoneStore';

const KEY = 'doNotDisturb';

export interface DoNotDisturb {
  /** Reads the stored state; a record that is not `true` (none, or damaged) is off. */
  load(): Promise<void>;
  toggle(): Promise<VerbResult>;
}

export function createDoNotDisturb(phone: Pick<Phone, 'setDoNotDisturb'>): DoNotDisturb {
  const apply = (on: boolean) => {
    phone.setDoNotDisturb(on);
    usePhoneStore.setState({ doNotDisturb: on });
  };
  const load = async () => {
    try {
      apply((await loadSetting(KEY)) === true);
    } catch (error) {
      // Calls must still come in when the settings cannot be read: off, as at first run.
      console.error('do not disturb could not be read', error);
    }
  };
  // Only a window that followed another reads it again: the first claim comes after load().
  usePhoneStore.subscribe((state, before) => {
    if (state.phoneWindow === 'here' && before.phoneWindow === 'elsewhere') void load();
  });
  return {
    load,
    async toggle() {
      if (usePhoneStore.getState().phoneWindow === 'elsewhere') {
        return { ok: false, said: { key: 'phoneWindow.elsewhere' } };
      }
      const on = !usePhoneStore.getState().doNotDisturb;
      apply(on);
      // Applied even when the write fails: the user sees it on; only a reload would forget it.
      const saved = await saveSetting(KEY, on);
      if (!saved.ok) return { ok: false, said: { key: 'doNotDisturb.notSaved' } };
      return { ok: true };
    },
  };
}
