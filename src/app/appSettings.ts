// The settings service with the app's after-change edges: what a saved or imported part needs
// beyond its store. Made once by createApp; tests make it over a fake SIP edge.
import type { Phone } from '../phone/phone';
import { createSettings, type Settings } from '../settings/settingsService';
import { usePhoneStore } from '../store/phoneStore';
import type { Devices } from './devices';

export interface AppSettingsEdges {
  phone: Pick<Phone, 'register'>;
  devices: Pick<Devices, 'apply'>;
  pageIsSecure: boolean;
}

export function createAppSettings({ phone, devices, pageIsSecure }: AppSettingsEdges): Settings {
  return createSettings({
    pageIsSecure,
    afterChange: {
      account: (account) => {
        usePhoneStore.setState({ notice: '' });
        // One registration per browser: a window without the phone only keeps the account.
        if (usePhoneStore.getState().phoneWindow !== 'elsewhere') phone.register(account);
      },
      devices: () => devices.apply(),
    },
  });
}
