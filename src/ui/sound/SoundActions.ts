// What the sound features of the UI may ask for: each live call's connection (quality, level),
// the microphone test, the speaker tests and the ringtone. The app provides the real one
// (src/app/sound.ts); component tests a fake. Without a provider the call card shows no meter.
import { createContext, useContext } from 'react';
import type { OwnRingtoneOutcome } from '../../phone/media/audioFile';
import type { CallConnections } from '../../phone/media/callConnections';
import type { LevelSource } from '../../phone/media/callLevel';
import type { RingtoneSettings } from '../../phone/media/ringtones';
import type { SaveOutcome } from '../../settings/settingsService';

/** An open microphone's level, for the settings' meter; close() lets the device go. */
export interface OpenLevel extends LevelSource {
  close(): void;
}

export interface SoundActions {
  connections: Pick<CallConnections, 'get'>;
  /** From a click: opens the chosen microphone for a meter; rejects when refused. */
  openMicrophone(): Promise<OpenLevel>;
  /** Rings once, a couple of seconds, on the ringtone output, as the chosen ringtone sounds. */
  testRingOutput(): Promise<'playing' | 'ringing'>;
  /** Plays a short beep on the call audio output. */
  testCallOutput(): Promise<void>;
  saveRingtone(settings: RingtoneSettings): Promise<SaveOutcome<RingtoneSettings>>;
  /** Checks, decodes and stores a file of the user's as the ringtone; a refused one changes nothing. */
  setOwnRingtone(file: Blob & { name?: string }): Promise<OwnRingtoneOutcome>;
}

export const SoundActionsContext = createContext<SoundActions | null>(null);

export function useSoundActions(): SoundActions | null {
  return useContext(SoundActionsContext);
}
