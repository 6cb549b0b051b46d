// Audio devices from the chosen ones to the browser: lists the devices, applies each slot of the
// choice in its store (the default when its device is gone), and follows plug and unplug. The
// settings service loads and stores the choice.
import * as browserMedia from '../browser/mediaDevices';
import { askNotificationPermission, notificationPermission } from '../browser/notifications';
import type { Translate } from '../i18n';
import {
  type DeviceChoice,
  type DeviceSlot,
  devicesInUse,
  labelsHidden,
} from '../phone/media/devices';
import type { Microphone } from '../phone/media/microphone';
import type { RemoteAudio } from '../phone/media/remoteAudio';
import type { Tones } from '../phone/media/tones';
import type { SaveOptions, SaveOutcome } from '../settings/settingsService';
import { useDeviceStore } from '../store/deviceStore';
import { usePhoneStore } from '../store/phoneStore';

type Output = { canChooseOutput(): boolean; setOutput(deviceId: string): Promise<void> };

export interface DeviceEdges {
  t: Translate;
  tones: Output & Pick<Tones, 'canChooseOutput'>;
  audio: Output & Pick<RemoteAudio, 'canChooseOutput'>;
  microphone: Pick<Microphone, 'set'>;
  /** The browser's device list; the real one by default. */
  media?: Pick<
    typeof browserMedia,
    'listAudioDevices' | 'askMicrophone' | 'onDeviceChange' | 'pickAudioOutput'
  >;
  /** Checks and stores a choice: the settings service's save('devices', …). */
  save(
    choice: DeviceChoice,
    options: SaveOptions<DeviceChoice>,
  ): Promise<SaveOutcome<DeviceChoice>>;
}

export interface Devices {
  /**
   * The feature starter: call once, after the settings are loaded, so the first list of devices
   * is applied with the stored choice. Never rejects (the phone works with the defaults).
   */
  start(): Promise<void>;
  /** Reads the device list again and applies the choice to it. */
  refresh(): Promise<void>;
  /**
   * Stores one slot's device ('' = the default), applied once stored. The store changes as soon
   * as the choice passed its check, so the list shows it at once and a quick second change builds
   * on it; a failed write puts it back.
   */
  choose(slot: DeviceSlot, deviceId: string): Promise<void>;
  /** Applies the choice in the store to the browser: the settings' after-change edge. */
  apply(): Promise<void>;
  /** From a click: allows the microphone, so the browser reveals device names. */
  allowMicrophone(): Promise<void>;
  /** From a click: asks to show incoming calls as notifications. */
  allowNotifications(): Promise<void>;
  /**
   * From a click, where the browser names speakers only through its own prompt (Firefox): the
   * picked one is listed and chosen for call audio. False when none was picked.
   */
  pickCallOutput(): Promise<boolean>;
}

export function createDevices({
  t,
  tones,
  audio,
  microphone,
  media = browserMedia,
  save,
}: DeviceEdges): Devices {
  async function refresh(): Promise<void> {
    const devices = await media.listAudioDevices().catch((error: unknown) => {
      console.warn('audio devices not listed', error);
      return useDeviceStore.getState().devices;
    });
    useDeviceStore.setState({ devices, labelsHidden: labelsHidden(devices) });
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

  async function choose(slot: DeviceSlot, deviceId: string): Promise<void> {
    const before = useDeviceStore.getState().choice;
    let shown: DeviceChoice | undefined;
    // accepted: checked and about to be written. Once written, the settings apply it.
    const saved = await save(
      { ...before, [slot]: deviceId },
      {
        accepted: (choice) => {
          shown = choice;
          useDeviceStore.setState({ choice });
        },
      },
    );
    if (saved.ok || shown === undefined) return;
    // Never applied: only the list shows it.
    if (useDeviceStore.getState().choice === shown) useDeviceStore.setState({ choice: before });
    useDeviceStore.setState({ problem: 'save-failed' });
  }

  return {
    async start() {
      useDeviceStore.setState({
        canChooseToneOutput: tones.canChooseOutput(),
        canChooseCallOutput: audio.canChooseOutput(),
        notifications: notificationPermission(),
      });
      media.onDeviceChange(() => void refresh());
      await refresh().catch((error: unknown) => console.error('audio devices not set up', error));
    },
    refresh,
    choose,
    apply,
    async allowMicrophone() {
      await media.askMicrophone();
      await refresh();
    },
    async allowNotifications() {
      useDeviceStore.setState({ notifications: await askNotificationPermission() });
    },
    async pickCallOutput() {
      const picked = await media.pickAudioOutput();
      if (!picked) return false;
      await refresh();
      // Listed from now on in Firefox; kept in the list in case a browser does not.
      const { devices } = useDeviceStore.getState();
      if (!devices.outputs.some((d) => d.deviceId === picked.deviceId)) {
        useDeviceStore.setState({ devices: { ...devices, outputs: [...devices.outputs, picked] } });
      }
      await choose('callAudio', picked.deviceId);
      return true;
    },
  };
}
