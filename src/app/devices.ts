// Audio devices from the stored choice to the browser: loads and checks the choice, lists the
// devices, applies each slot (the default when its device is gone), and follows plug and unplug.
import { askMicrophone, listAudioDevices, onDeviceChange } from '../browser/mediaDevices';
import { askNotificationPermission, notificationPermission } from '../browser/notifications';
import {
  checkDeviceChoice,
  type DeviceChoice,
  type DeviceSlot,
  devicesInUse,
  labelsHidden,
} from '../phone/devices';
import { setMicrophone } from '../phone/microphone';
import { canChooseCallOutput, setCallOutput } from '../phone/remoteAudio';
import { canChooseToneOutput, setToneOutput } from '../phone/tones';
import { loadCheckedSetting, saveSetting } from '../storage/settings';
import { useDeviceStore } from '../store/deviceStore';
import { usePhoneStore } from '../store/phoneStore';
import type { Translate } from '../ui/i18n';

/** For the notice when a device is unplugged; set by startDevices. */
let translate: Translate | undefined;

/** The feature starter: call once at start; never rejects (the phone works with the defaults). */
export async function startDevices(t: Translate): Promise<void> {
  translate = t;
  onDeviceChange(() => void refreshDevices());
  await loadDevices().catch((error: unknown) => console.error('audio devices not set up', error));
}

async function loadDevices(): Promise<void> {
  useDeviceStore.setState({
    canChooseToneOutput: canChooseToneOutput(),
    canChooseCallOutput: canChooseCallOutput(),
    notifications: notificationPermission(),
  });
  const stored = await loadCheckedSetting('devices', checkDeviceChoice);
  if (stored) useDeviceStore.setState({ choice: stored.choice });
  await refreshDevices();
}

/** Reads the device list again and applies the choice to it. */
export async function refreshDevices(): Promise<void> {
  const devices = await listAudioDevices().catch((error: unknown) => {
    console.warn('audio devices not listed', error);
    return useDeviceStore.getState().devices;
  });
  useDeviceStore.setState({ devices, labelsHidden: labelsHidden(devices) });
  await applyDevices();
}

/**
 * Stores and applies one slot's device ('' = the default). The store changes first, so the list
 * shows the choice at once and a quick second change builds on it; a failed save puts it back.
 */
export async function chooseDevice(slot: DeviceSlot, deviceId: string): Promise<void> {
  const before = useDeviceStore.getState().choice;
  const checked = checkDeviceChoice({ ...before, [slot]: deviceId });
  if (!checked.ok) return;
  const apply = showDeviceChoice(checked.choice);
  try {
    await saveSetting('devices', checked.choice);
  } catch (error) {
    console.error('device choice not saved', error);
    await apply;
    if (useDeviceStore.getState().choice === checked.choice) await showDeviceChoice(before);
    useDeviceStore.setState({ problem: 'save-failed' });
    return;
  }
  await apply;
}

/** Puts a stored (checked) choice into use: the settings screen shows it, the browser applies it. */
export async function showDeviceChoice(choice: DeviceChoice): Promise<void> {
  useDeviceStore.setState({ choice });
  await applyDevices();
}

/** From a click: allows the microphone, so the browser reveals device names. */
export async function allowMicrophone(): Promise<void> {
  await askMicrophone();
  await refreshDevices();
}

/** From a click: asks to show incoming calls as notifications. */
export async function allowNotifications(): Promise<void> {
  useDeviceStore.setState({ notifications: await askNotificationPermission() });
}

async function applyDevices(): Promise<void> {
  const state = useDeviceStore.getState();
  const { inUse, missing } = devicesInUse(state.choice, state.devices);
  setMicrophone(inUse.microphone);
  const results = await Promise.allSettled([
    state.canChooseToneOutput ? setToneOutput(inUse.ringtone) : undefined,
    state.canChooseCallOutput ? setCallOutput(inUse.callAudio) : undefined,
  ]);
  const failed = results.some((r) => r.status === 'rejected');
  if (failed) console.warn('an audio output was refused', results);
  // Unplugging a headset must be seen without opening the settings: say so once, in the notice.
  const gone = missing.filter((slot) => !state.missing.includes(slot));
  const t = translate;
  if (t && gone[0]) {
    const slot = t(`devices.${gone[0]}`);
    usePhoneStore.setState({ notice: t('devices.missing', { slot }) });
  }
  useDeviceStore.setState({ missing, problem: failed ? 'apply-failed' : '' });
}
