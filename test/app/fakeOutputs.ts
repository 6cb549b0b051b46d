// Recording stand-ins for what connectPhone drives, so tests see what was asked without audio.
import { vi } from 'vitest';
import { createAppSettings } from '../../src/app/appSettings';
import type { PhoneOutputs } from '../../src/app/connectPhone';
import { createDevices } from '../../src/app/devices';
import { createDoNotDisturb } from '../../src/app/doNotDisturb';
import { createCallStamps } from '../../src/browser/callStamps';
import type { AudioDevice, AudioDevices } from '../../src/phone/media/devices';
import { createMicrophone } from '../../src/phone/media/microphone';
import { Phone } from '../../src/phone/phone';
import type { Settings } from '../../src/settings/settingsService';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { FakeSip } from '../phone/fakeSip';
import { translator } from '../translator';

export function recordingTones(): PhoneOutputs['tones'] {
  const ringtone = { set: vi.fn(), setSound: vi.fn(), preview: vi.fn(), decode: vi.fn() };
  return { ringtone, ringback: { set: vi.fn() }, callWaiting: { set: vi.fn() } };
}

/** A history writer that keeps what it was given in memory, each save landing at once. */
export function recordingHistory() {
  const saved: HistoryEntry[] = [];
  return { saved, save: vi.fn(async (entry: HistoryEntry) => void saved.push(entry)) };
}

/**
 * Tones that record, call stamps kept nowhere (jsdom's localStorage is shared by files), and a
 * history in memory unless the test gives a writer over IndexedDB.
 */
export function phoneOutputs(
  tones = recordingTones(),
  history: PhoneOutputs['history'] = recordingHistory(),
): PhoneOutputs {
  return { tones, stamps: createCallStamps(null), history };
}

/** An audio output that records the device it is set to. */
export function recordingOutput(canChoose = true) {
  return {
    canChooseOutput: () => canChoose,
    setOutput: vi.fn(async (_deviceId: string) => {}),
  };
}

/**
 * The device service over recording outputs and a device list the test sets, with the app's
 * settings service (real storage in fake-indexeddb) registering on `phone`, wired as createApp does.
 */
export function testDevices(
  devices: AudioDevices = { inputs: [], outputs: [] },
  phone = new Phone(new FakeSip()),
) {
  const edges = {
    t: translator('en'),
    tones: recordingOutput(),
    audio: recordingOutput(),
    microphone: createMicrophone(),
    media: {
      listAudioDevices: vi.fn(async () => devices),
      askMicrophone: vi.fn(async () => true),
      onDeviceChange: vi.fn(() => () => {}),
      pickAudioOutput: vi.fn(async (): Promise<AudioDevice | null> => null),
    },
  };
  const service = createDevices({
    ...edges,
    save: (choice, options) => settings.save('devices', choice, options),
  });
  const settings: Settings = createAppSettings({ phone, devices: service, pageIsSecure: false });
  return { ...edges, devices: service, settings };
}

/** What phoneActions needs besides the phone, over the same phone. */
export function actionEdges(phone: Phone) {
  const { devices, settings } = testDevices(undefined, phone);
  return { devices, settings, doNotDisturb: createDoNotDisturb(phone) };
}
