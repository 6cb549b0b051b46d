// The sound features behind the UI: the ring as chosen (a built-in cadence or the user's own
// file, at its volume), the user's file checked and stored under its own key of the settings
// store, the microphone test and the speaker tests. createApp makes the one instance.
import { openMicrophoneLevel } from '../browser/microphoneLevel';
import {
  type AudioFormat,
  checkRingtoneFile,
  type OwnRingtoneOutcome,
  SNIFF_BYTES,
} from '../phone/media/audioFile';
import type { CallConnections } from '../phone/media/callConnections';
import { devicesInUse } from '../phone/media/devices';
import type { RemoteAudio } from '../phone/media/remoteAudio';
import type { RingtoneSettings } from '../phone/media/ringtones';
import type { Tones } from '../phone/media/tones';
import { beepWav } from '../phone/media/wav';
import type { SaveOutcome } from '../settings/settingsService';
import { loadSetting, type SaveResult, saveSetting } from '../storage/settings';
import { useDeviceStore } from '../store/deviceStore';
import { usePhoneStore } from '../store/phoneStore';
import { useSoundStore } from '../store/soundStore';
import type { OpenLevel, SoundActions } from '../ui/sound/SoundActions';

/** The settings store's key of the user's own ringtone file (a Blob; a File keeps its name). */
export const OWN_RINGTONE_KEY = 'ringtoneFile';
const RING_TEST_MS = 2500;

export interface SoundEdges {
  tones: Pick<Tones, 'ringtone'>;
  audio: Pick<RemoteAudio, 'playSample'>;
  connections: Pick<CallConnections, 'get'>;
  /** The settings service's save('ringtone', …). */
  save(settings: RingtoneSettings): Promise<SaveOutcome<RingtoneSettings>>;
  storage?: {
    load(key: string): Promise<unknown>;
    save(key: string, value: unknown): Promise<SaveResult>;
  };
  openMicrophone?: (deviceId: string) => Promise<OpenLevel>;
}

export interface Sound extends SoundActions {
  /** After the settings load: reads the stored file and keeps the ring as the store says. */
  start(): Promise<void>;
}

const nameOf = (file: Blob) =>
  typeof (file as Partial<File>).name === 'string' ? (file as File).name.slice(0, 200) : '';

export function createSound({
  tones,
  audio,
  connections,
  save,
  storage = { load: loadSetting, save: saveSetting },
  openMicrophone = openMicrophoneLevel,
}: SoundEdges): Sound {
  let own: AudioBuffer | undefined;
  let stored: Blob | undefined;
  let decoding: Promise<void> | undefined;

  const apply = () => {
    const { ringtone } = useSoundStore.getState();
    tones.ringtone.setSound({ ...ringtone, own });
    // The stored file is decoded only once it is the ring: no work at start for everyone else.
    if (ringtone.ringtone === 'own' && !own && stored && !decoding) {
      const file = stored;
      decoding = checked(file)
        .then((outcome) => {
          if (!outcome.ok) throw new Error(`stored ringtone refused: ${outcome.problem}`);
          own = outcome.buffer;
          apply();
        })
        .catch((error: unknown) => {
          console.warn('own ringtone not usable; the classic ring plays', error);
          useSoundStore.setState({ ownFile: undefined });
        });
    }
  };

  /** Size, first bytes, then decoding: any one failing refuses the file. */
  async function checked(
    file: Blob,
  ): Promise<
    | { ok: true; buffer: AudioBuffer; format: AudioFormat }
    | Extract<OwnRingtoneOutcome, { ok: false }>
  > {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const check = checkRingtoneFile(file.size, head);
    if (!check.ok) return check;
    try {
      const buffer = await tones.ringtone.decode(await file.arrayBuffer());
      return { ok: true, buffer, format: check.format };
    } catch {
      return { ok: false, problem: 'undecodable' };
    }
  }

  return {
    connections,
    async start() {
      useSoundStore.subscribe((state, before) => {
        if (state.ringtone !== before.ringtone) apply();
      });
      const value = await storage.load(OWN_RINGTONE_KEY).catch(() => undefined);
      if (value instanceof Blob) {
        stored = value;
        useSoundStore.setState({ ownFile: { name: nameOf(value), size: value.size } });
      }
      apply();
    },
    async openMicrophone() {
      const { choice, devices } = useDeviceStore.getState();
      return openMicrophone(devicesInUse(choice, devices).inUse.microphone);
    },
    async testRingOutput() {
      if (usePhoneStore.getState().calls.some((c) => c.status === 'incoming')) return 'ringing';
      tones.ringtone.preview(RING_TEST_MS);
      return 'playing';
    },
    async testCallOutput() {
      const url = URL.createObjectURL(new Blob([beepWav()], { type: 'audio/wav' }));
      try {
        await audio.playSample(url);
      } finally {
        // The element keeps what it loaded; the URL is not needed once playing started.
        setTimeout(() => URL.revokeObjectURL(url), 5000);
      }
    },
    saveRingtone: (settings) => save(settings),
    async setOwnRingtone(file) {
      const outcome = await checked(file);
      if (!outcome.ok) return outcome;
      const written = await storage.save(OWN_RINGTONE_KEY, file);
      if (!written.ok) return { ok: false, problem: 'not-saved' };
      stored = file;
      own = outcome.buffer;
      useSoundStore.setState({ ownFile: { name: nameOf(file), size: file.size } });
      const { volume } = useSoundStore.getState().ringtone;
      const saved = await save({ ringtone: 'own', volume });
      // Stored either way; the choice is the user's to make again if its save failed.
      if (!saved.ok) console.warn('own ringtone stored but not chosen', saved);
      apply();
      return { ok: true, format: outcome.format };
    },
  };
}
