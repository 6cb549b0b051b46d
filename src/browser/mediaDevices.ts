// navigator.mediaDevices: the list of audio inputs and outputs, the microphone permission that
// reveals their names, the browser's own speaker prompt (Firefox), and the 'devicechange' event.
// Nothing else here touches devices.
import type { AudioDevice, AudioDevices } from '../phone/media/devices';

const NONE: AudioDevices = { inputs: [], outputs: [] };

const hasMediaDevices = () => typeof navigator !== 'undefined' && !!navigator.mediaDevices;

/** Audio devices as the browser lists them; labels (and often ids) are '' until permission. */
export async function listAudioDevices(): Promise<AudioDevices> {
  if (!hasMediaDevices()) return NONE;
  const all = await navigator.mediaDevices.enumerateDevices();
  const pick = (kind: MediaDeviceKind): AudioDevice[] =>
    all
      .filter((d) => d.kind === kind)
      .map((d) => ({ deviceId: d.deviceId.slice(0, 256), label: d.label.slice(0, 200) }));
  return { inputs: pick('audioinput'), outputs: pick('audiooutput') };
}

/** Asks for the microphone (from a click) and lets it go at once; true when allowed. */
export async function askMicrophone(): Promise<boolean> {
  if (!hasMediaDevices()) return false;
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    for (const track of stream.getTracks()) track.stop();
    return true;
  } catch (error) {
    console.warn('microphone not allowed', error);
    return false;
  }
}

type OutputPrompt = { selectAudioOutput?: () => Promise<MediaDeviceInfo> };

/**
 * From a click: the browser's own prompt to pick a speaker, selectAudioOutput(), where outputs
 * are named only once the user picked one (Firefox). Null when the user closed it or the browser
 * has none.
 */
export async function pickAudioOutput(): Promise<AudioDevice | null> {
  const prompt = hasMediaDevices() ? (navigator.mediaDevices as OutputPrompt) : {};
  if (typeof prompt.selectAudioOutput !== 'function') return null;
  try {
    const device = await prompt.selectAudioOutput();
    return { deviceId: device.deviceId.slice(0, 256), label: device.label.slice(0, 200) };
  } catch (error) {
    // NotAllowedError: closed, refused, or no speaker to offer.
    console.warn('no speaker picked', error);
    return null;
  }
}

/** Calls back when a device is plugged in or out; returns the unsubscribe. */
export function onDeviceChange(callback: () => void): () => void {
  if (!hasMediaDevices()) return () => {};
  navigator.mediaDevices.addEventListener('devicechange', callback);
  return () => navigator.mediaDevices.removeEventListener('devicechange', callback);
}
