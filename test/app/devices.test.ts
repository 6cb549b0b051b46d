// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_FORMAT } from '../../src/settings/settingsFile';
import { closeDatabase } from '../../src/storage/db';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { useDeviceStore } from '../../src/store/deviceStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { breakDatabase } from '../storage/brokenDatabase';
import { freshDatabase } from '../storage/freshDatabase';
import { testDevices } from './fakeOutputs';

const HEADSET = 'headset-0001';
const SPEAKERS = 'speakers-0002';
const plugged = {
  inputs: [
    { deviceId: 'default', label: 'Default' },
    { deviceId: HEADSET, label: 'Headset' },
  ],
  outputs: [
    { deviceId: 'default', label: 'Default' },
    { deviceId: HEADSET, label: 'Headset' },
    { deviceId: SPEAKERS, label: 'Speakers' },
  ],
};
const unplugged = {
  inputs: [{ deviceId: 'default', label: 'Default' }],
  outputs: [
    { deviceId: 'default', label: 'Default' },
    { deviceId: SPEAKERS, label: 'Speakers' },
  ],
};

const initialDevices = useDeviceStore.getState();
const initialPhone = usePhoneStore.getState();

// jsdom has no media devices and no audio outputs: the edges record instead.
let edges = testDevices();
let setToneOutput = edges.tones.setOutput;
let setCallOutput = edges.audio.setOutput;
let listAudioDevices = edges.media.listAudioDevices;
const microphoneConstraint = () => edges.microphone.constraint();
// As createApp does: the settings are loaded before the devices start.
const startDevices = async () => {
  await (await edges.settings.load()).rest;
  await edges.devices.start();
};
const refreshDevices = () => edges.devices.refresh();
const chooseDevice = (...args: Parameters<typeof edges.devices.choose>) =>
  edges.devices.choose(...args);

beforeEach(async () => {
  useDeviceStore.setState(initialDevices, true);
  usePhoneStore.setState(initialPhone, true);
  edges = testDevices(plugged);
  setToneOutput = edges.tones.setOutput;
  setCallOutput = edges.audio.setOutput;
  listAudioDevices = edges.media.listAudioDevices;
  await freshDatabase();
});

describe('audio devices', () => {
  it('applies the stored choice at start', async () => {
    await saveSetting('devices', { ringtone: SPEAKERS, callAudio: HEADSET, microphone: HEADSET });
    await startDevices();
    expect(setToneOutput).toHaveBeenLastCalledWith(SPEAKERS);
    expect(setCallOutput).toHaveBeenLastCalledWith(HEADSET);
    expect(microphoneConstraint()).toEqual({ deviceId: { exact: HEADSET } });
    expect(useDeviceStore.getState()).toMatchObject({ missing: [], labelsHidden: false });
  });

  it('keeps the defaults when the stored choice is damaged', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await saveSetting('devices', { microphone: 42 });
    await startDevices();
    expect(useDeviceStore.getState().choice).toEqual(initialDevices.choice);
    expect(microphoneConstraint()).toBe(true);
    expect(error).toHaveBeenCalledWith(
      'the stored devices setting is not valid; using the default',
      expect.objectContaining({ field: 'devices.microphone' }),
    );
    error.mockRestore();
  });

  it('saves a choice and applies it at once', async () => {
    await startDevices();
    await chooseDevice('callAudio', HEADSET);
    expect(await loadSetting('devices')).toEqual({
      ringtone: '',
      callAudio: HEADSET,
      microphone: '',
    });
    expect(setCallOutput).toHaveBeenLastCalledWith(HEADSET);
  });

  it('refuses a hostile id and changes nothing', async () => {
    await startDevices();
    await chooseDevice('microphone', 'a b\u0000');
    expect(await loadSetting('devices')).toBeUndefined();
    expect(microphoneConstraint()).toBe(true);
  });

  it('falls back to the default when a chosen device is unplugged, says so, and returns to it', async () => {
    await saveSetting('devices', { ringtone: '', callAudio: HEADSET, microphone: HEADSET });
    await startDevices();
    vi.mocked(listAudioDevices).mockResolvedValue(unplugged);
    await refreshDevices();
    expect(setCallOutput).toHaveBeenLastCalledWith('');
    expect(microphoneConstraint()).toBe(true);
    expect(useDeviceStore.getState().missing).toEqual(['callAudio', 'microphone']);
    expect(usePhoneStore.getState().notice).toBe(
      'Call audio output: the chosen device is not connected; the default is used until it is back.',
    );
    // The choice is kept, so the headset is used again when it is back.
    vi.mocked(listAudioDevices).mockResolvedValue(plugged);
    await refreshDevices();
    expect(setCallOutput).toHaveBeenLastCalledWith(HEADSET);
    expect(useDeviceStore.getState().missing).toEqual([]);
  });

  it('puts the choice back when it cannot be stored, and says so', async () => {
    await startDevices();
    await breakDatabase();
    await chooseDevice('callAudio', HEADSET);
    await closeDatabase();
    expect(useDeviceStore.getState()).toMatchObject({
      choice: initialDevices.choice,
      problem: 'save-failed',
    });
    expect(setCallOutput).toHaveBeenLastCalledWith('');
    expect(await loadSetting('devices')).toBeUndefined();
    vi.restoreAllMocks();
  });

  it('lists and chooses the speaker picked in the browser’s own prompt (Firefox)', async () => {
    edges = testDevices(unplugged);
    setCallOutput = edges.audio.setOutput;
    await startDevices();
    const picked = { deviceId: HEADSET, label: 'Headset' };
    vi.mocked(edges.media.pickAudioOutput).mockResolvedValue(picked);
    expect(await edges.devices.pickCallOutput()).toBe(true);
    expect(useDeviceStore.getState().devices.outputs).toContainEqual(picked);
    expect(useDeviceStore.getState().choice.callAudio).toBe(HEADSET);
    expect(setCallOutput).toHaveBeenLastCalledWith(HEADSET);
    expect(await loadSetting('devices')).toMatchObject({ callAudio: HEADSET });
  });

  it('changes nothing when the prompt is closed without a speaker', async () => {
    await startDevices();
    expect(await edges.devices.pickCallOutput()).toBe(false);
    expect(useDeviceStore.getState().choice.callAudio).toBe('');
    expect(await loadSetting('devices')).toBeUndefined();
  });

  it('applies a choice imported with the settings', async () => {
    await startDevices();
    const file = { format: FILE_FORMAT, version: 1, devices: { callAudio: SPEAKERS } };
    expect(await edges.settings.importFile(JSON.stringify(file))).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(setCallOutput).toHaveBeenLastCalledWith(SPEAKERS));
    expect(useDeviceStore.getState().choice.callAudio).toBe(SPEAKERS);
  });

  it('says so when the browser refuses an output', async () => {
    await startDevices();
    vi.mocked(setCallOutput).mockRejectedValueOnce(new DOMException('gone', 'NotFoundError'));
    await chooseDevice('callAudio', HEADSET);
    expect(useDeviceStore.getState().problem).toBe('apply-failed');
  });
});

describe('quick changes', () => {
  it('keeps both of two changes made one right after the other', async () => {
    await startDevices();
    await Promise.all([chooseDevice('ringtone', SPEAKERS), chooseDevice('callAudio', HEADSET)]);
    const both = { ringtone: SPEAKERS, callAudio: HEADSET, microphone: '' };
    expect(useDeviceStore.getState().choice).toEqual(both);
    expect(await loadSetting('devices')).toEqual(both);
  });
});
