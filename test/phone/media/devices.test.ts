import { describe, expect, it } from 'vitest';
import {
  type AudioDevices,
  checkDeviceChoice,
  DEFAULT_DEVICES,
  devicesInUse,
  labelsHidden,
} from '../../../src/phone/media/devices';

const HEADSET = 'a1b2c3'.repeat(10);
const SPEAKERS = 'ffee'.repeat(16);

describe('checkDeviceChoice', () => {
  it.each([
    ['all three', { ringtone: SPEAKERS, callAudio: HEADSET, microphone: HEADSET }],
    ['an empty object means the defaults', {}],
    ["Chromium's own ids", { ringtone: 'default', callAudio: 'communications' }],
    ['a 256-character id', { microphone: 'x'.repeat(256) }],
  ])('accepts %s', (_name, input) => {
    const result = checkDeviceChoice(input);
    expect(result).toEqual({ ok: true, choice: { ...DEFAULT_DEVICES, ...input } });
  });

  it.each([
    ['null', null, '', 'not-an-object'],
    ['a list', [HEADSET], '', 'not-an-object'],
    ['a string', HEADSET, '', 'not-an-object'],
    ['a number', { microphone: 3 }, 'microphone', 'not-a-string'],
    ['null in a slot', { callAudio: null }, 'callAudio', 'not-a-string'],
    ['an object', { ringtone: { exact: HEADSET } }, 'ringtone', 'not-a-string'],
    ['a huge id', { microphone: 'x'.repeat(257) }, 'microphone', 'too-long'],
    ['a NUL', { microphone: 'a\u0000b' }, 'microphone', 'control-characters'],
    ['a line break', { callAudio: 'a\nb' }, 'callAudio', 'control-characters'],
  ])('refuses %s, naming the slot', (_name, input, field, problem) => {
    expect(checkDeviceChoice(input)).toEqual({ ok: false, field, problem });
  });

  it('keeps nothing unknown, and nothing from the prototype', () => {
    const input = JSON.parse(
      '{"__proto__": {"microphone": "evil"}, "speaker": "x", "ringtone": "r"}',
    );
    expect(checkDeviceChoice(input)).toEqual({
      ok: true,
      choice: { ...DEFAULT_DEVICES, ringtone: 'r' },
    });
    const inherited = Object.create({ microphone: 'evil' }) as object;
    expect(checkDeviceChoice(inherited)).toEqual({ ok: true, choice: DEFAULT_DEVICES });
  });
});

const listed: AudioDevices = {
  inputs: [
    { deviceId: 'default', label: 'Default' },
    { deviceId: HEADSET, label: 'Headset mic' },
  ],
  outputs: [
    { deviceId: 'default', label: 'Default' },
    { deviceId: SPEAKERS, label: 'Speakers' },
  ],
};

describe('devicesInUse', () => {
  it('uses every chosen device that is connected', () => {
    const choice = { ringtone: SPEAKERS, callAudio: '', microphone: HEADSET };
    expect(devicesInUse(choice, listed)).toEqual({ inUse: choice, missing: [] });
  });

  it('falls back to the default for a device that is gone, and says which', () => {
    const choice = { ringtone: SPEAKERS, callAudio: HEADSET, microphone: 'gone-mic' };
    expect(devicesInUse(choice, listed)).toEqual({
      inUse: { ringtone: SPEAKERS, callAudio: '', microphone: '' },
      missing: ['callAudio', 'microphone'],
    });
  });

  it('tries the choice as it is when the browser hides the ids (no permission yet)', () => {
    const hidden: AudioDevices = {
      inputs: [{ deviceId: '', label: '' }],
      outputs: [{ deviceId: '', label: '' }],
    };
    const choice = { ringtone: SPEAKERS, callAudio: HEADSET, microphone: HEADSET };
    expect(devicesInUse(choice, hidden)).toEqual({ inUse: choice, missing: [] });
    expect(devicesInUse(choice, { inputs: [], outputs: [] })).toEqual({
      inUse: choice,
      missing: [],
    });
  });
});

describe('labelsHidden', () => {
  it.each([
    ['named devices', listed, false],
    ['no devices listed', { inputs: [], outputs: [] }, true],
    ['devices without names', { inputs: [{ deviceId: 'x', label: '' }], outputs: [] }, true],
  ])('%s', (_name, devices, hidden) => {
    expect(labelsHidden(devices)).toBe(hidden);
  });
});
