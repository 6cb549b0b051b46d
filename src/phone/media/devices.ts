// The user's audio devices: which output rings, which plays the call, which microphone speaks.
// Pure: checks a stored or imported choice, and falls back to the default for a device that is gone.

export const DEVICE_SLOTS = ['ringtone', 'callAudio', 'microphone'] as const;
export type DeviceSlot = (typeof DEVICE_SLOTS)[number];

/** A deviceId per slot; '' is the browser's default device. */
export type DeviceChoice = Readonly<Record<DeviceSlot, string>>;

export const DEFAULT_DEVICES: DeviceChoice = { ringtone: '', callAudio: '', microphone: '' };

export interface AudioDevice {
  deviceId: string;
  /** '' until the user has allowed the microphone. */
  label: string;
}

export interface AudioDevices {
  inputs: readonly AudioDevice[];
  outputs: readonly AudioDevice[];
}

/** The same codes as the other settings checkers, so a settings file can report them. */
export type DeviceProblem = 'not-an-object' | 'not-a-string' | 'too-long' | 'control-characters';

export type DeviceCheck =
  | { ok: true; choice: DeviceChoice }
  | { ok: false; field: string; problem: DeviceProblem };

/** Browsers give short opaque ids (Chromium: 64 hex digits, or 'default' / 'communications'). */
const MAX_DEVICE_ID = 256;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Checks a stored or imported choice. Builds a fresh object slot by slot, so nothing unknown is
 * kept; a slot left out takes the default; a wrong value fails, naming its slot.
 */
export function checkDeviceChoice(input: unknown): DeviceCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, field: '', problem: 'not-an-object' };
  }
  const fields = input as Record<string, unknown>;
  const choice: Record<DeviceSlot, string> = { ...DEFAULT_DEVICES };
  for (const slot of DEVICE_SLOTS) {
    const value = Object.hasOwn(fields, slot) ? fields[slot] : undefined;
    if (value === undefined) continue;
    if (typeof value !== 'string') return { ok: false, field: slot, problem: 'not-a-string' };
    if (value.length > MAX_DEVICE_ID) return { ok: false, field: slot, problem: 'too-long' };
    if (CONTROLS.test(value)) return { ok: false, field: slot, problem: 'control-characters' };
    choice[slot] = value;
  }
  return { ok: true, choice };
}

export interface DevicesInUse {
  /** What to apply: the choice, with '' where the chosen device is gone. */
  inUse: DeviceChoice;
  /** Slots whose chosen device is not connected now. */
  missing: DeviceSlot[];
}

const listFor = (slot: DeviceSlot, devices: AudioDevices) =>
  slot === 'microphone' ? devices.inputs : devices.outputs;

/**
 * A chosen device that is not in the list falls back to the default. The choice itself is kept,
 * so a headset plugged back in is used again. A list without ids (no permission yet: the browser
 * hides them) cannot tell, so the choice is tried as it is.
 */
export function devicesInUse(choice: DeviceChoice, devices: AudioDevices): DevicesInUse {
  const inUse: Record<DeviceSlot, string> = { ...choice };
  const missing: DeviceSlot[] = [];
  for (const slot of DEVICE_SLOTS) {
    const list = listFor(slot, devices);
    const known = list.some((d) => d.deviceId !== '');
    if (choice[slot] === '' || !known) continue;
    if (!list.some((d) => d.deviceId === choice[slot])) {
      inUse[slot] = '';
      missing.push(slot);
    }
  }
  return { inUse, missing };
}

/** True when the browser hides device names (and often ids) until the microphone is allowed. */
export function labelsHidden(devices: AudioDevices): boolean {
  const all = [...devices.inputs, ...devices.outputs];
  return all.length === 0 || all.every((d) => d.label === '');
}
