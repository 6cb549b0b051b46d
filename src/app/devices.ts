// Audio devices from the stored choice to the browser: loads and checks the choice, lists the
// devices, applies each slot (the default when its device is gone), and follows plug and unplug.
import * as browserMedia from '../browser/mediaDevices';
import { askNotificationPermission, notificationPermission } from '../browser/notifications';
import type { Translate } from '../i18n';
import {
  checkDeviceChoice,
  type DeviceChoice,
  type DeviceSlot,
  devicesInUse,
  labelsHidden,
} from '../phone/media/devices';
import type { Microphone } from '../phone/media/microphone';
import type { RemoteAudio } from '../phone/media/remoteAudio';
import type { Tones } from '../phone/media/tones';
import { loadCheckedSetting, saveSetting } from '../storage/settings';
import { useDeviceStore } from '../store/deviceStore';
import { usePhoneStore } from '../store/phoneStore';

type Output = { canChooseOutput(): boolean; setOutput(deviceId: string): Promise<void> };

export interface DeviceEdges {
  t: Translate;
  tones: Output & Pick<Tones, 'canChooseOutput'>;
  audio: Output & Pick<RemoteAudio, 'canChooseOutput'>;
  microphone: Pick<Microphone, 'set'>;
  /** The browser's device list; the real one by default. */
  media?: Pick<typeof browserMedia, 'listAudioDevices' | 'askMicrophone' | 'onDeviceChange'>;
}

export interface Devices {
  /** The feature starter: call once at start; never rejects (the phone works with the defaults). */
  start(): Promise<void>;
  /** Reads the device list again and applies the choice to it. */
  refresh(): Promise<void>;
  /**
   * Stores and applies one slot's device ('' = the default). The store changes first, so the list
   * shows the choice at once and a quick second change builds on it; a failed save puts it back.
   */
  choose(slot: DeviceSlot, deviceId: string): Promise<void>;
  /** Puts a stored (checked) choice into use: the settings screen shows it, the browser applies it. */
  show(choice: DeviceChoice): Promise<void>;
  /** From a click: allows the microphone, so the browser reveals device names. */
  allowMicrophone(): Promise<void>;
  /** From a click: asks to show incoming calls as notifications. */
  allowNotifications(): Promise<void>;
}

export function createDevices({
  t,
  tones,
  audio,
  microphone,
  media = browserMedia,
}: DeviceEdges): Devices {
  async function refresh(): Promise<void> {
    const devices = await media.listAudioDevices().catch((error: unknown) => {
      console.warn('audio devices not listed', error);
      return useDeviceStore.getState().devices;
    });
    useDeviceStore.setState({ devices, labelsHidden: labelsHidden(devices) });
    await apply();
  }

  async function show(choice: DeviceChoice): Promise<void> {
    useDeviceStore.setState({ choice });
    await apply();
  }

  async function apply(): Promise<void> {
    const state = useDeviceStore.getState();
    const { inUse, missing } = devicesInUse(state.choice, state.devices);
    microphone.set(inUse.microphone);
    const results = await Promise.allSettled([
      state.canChooseToneOutput ? tones.setOutput(inUse.ringtone) : undefined,
      state.canChooseCallOutput ? audio.setOutput(inUse.callAudio) : undefined,
    ]);
    const failed = results.some((r) => r.status === 'rejected');
    if (failed) console.warn('an audio output was refused', results);
    // Unplugging a headset must be seen without opening the settings: say so once, in the notice.
    const gone = missing.filter((slot) => !state.missing.includes(slot));
    if (gone[0]) {
      const slot = t(`devices.${gone[0]}`);
      usePhoneStore.setState({ notice: t('devices.missing', { slot }) });
    }
    useDeviceStore.setState({ missing, problem: failed ? 'apply-failed' : '' });
  }

  async function load(): Promise<void> {
    useDeviceStore.setState({
      canChooseToneOutput: tones.canChooseOutput(),
      canChooseCallOutput: audio.canChooseOutput(),
      notifications: notificationPermission(),
    });
    const stored = await loadCheckedSetting('devices', checkDeviceChoice);
    if (stored) useDeviceStore.setState({ choice: stored.choice });
    await refresh();
  }

  return {
    async start() {
      media.onDeviceChange(() => void refresh());
      await load().catch((error: unknown) => console.error('audio devices not set up', error));
    },
    refresh,
    async choose(slot, deviceId) {
      const before = useDeviceStore.getState().choice;
      const checked = checkDeviceChoice({ ...before, [slot]: deviceId });
      if (!checked.ok) return;
      const applying = show(checked.choice);
      const saved = await saveSetting('devices', checked.choice);
      if (!saved.ok) {
        await applying;
        if (useDeviceStore.getState().choice === checked.choice) await show(before);
        useDeviceStore.setState({ problem: 'save-failed' });
        return;
      }
      await applying;
    },
    show,
    async allowMicrophone() {
      await media.askMicrophone();
      await refresh();
    },
    async allowNotifications() {
      useDeviceStore.setState({ notifications: await askNotificationPermission() });
    },
  };
}
