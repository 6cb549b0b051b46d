// Audio devices as the settings screen shows them: the lists, the user's choice, which chosen
// device is gone, what this browser can choose; and whether incoming calls may be notified.
import { create } from 'zustand';
import {
  type AudioDevices,
  DEFAULT_DEVICES,
  type DeviceChoice,
  type DeviceSlot,
} from '../phone/media/devices';

/** Whether incoming calls may show as system notifications ('unsupported': no API here). */
export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

export interface DeviceState {
  devices: AudioDevices;
  /** The stored choice; a missing device stays chosen, and is used again when it comes back. */
  choice: DeviceChoice;
  /** Chosen devices not connected now: the default plays instead. */
  missing: readonly DeviceSlot[];
  /** Device names are hidden until the microphone is allowed. */
  labelsHidden: boolean;
  /** Whether the browser can send tones / call audio to a chosen output (setSinkId). */
  canChooseToneOutput: boolean;
  canChooseCallOutput: boolean;
  /** A device the browser refused, or a save that failed; '' when all is well. */
  problem: '' | 'apply-failed' | 'save-failed';
  notifications: NotificationPermissionState;
}

export const useDeviceStore = create<DeviceState>(() => ({
  devices: { inputs: [], outputs: [] },
  choice: DEFAULT_DEVICES,
  missing: [],
  labelsHidden: true,
  canChooseToneOutput: false,
  canChooseCallOutput: false,
  problem: '',
  notifications: 'unsupported',
}));
