// The ring as the settings show it: the chosen ringtone and volume, and the user's own file if
// one is stored (its name and size only; the sound itself stays in the tones).
import { create } from 'zustand';
import { DEFAULT_RINGTONE, type RingtoneSettings } from '../phone/media/ringtones';

export interface OwnRingtoneFile {
  name: string;
  size: number;
}

export interface SoundState {
  ringtone: RingtoneSettings;
  /** Undefined until a file is stored (or when the stored one could not be read). */
  ownFile: OwnRingtoneFile | undefined;
}

export const useSoundStore = create<SoundState>(() => ({
  ringtone: DEFAULT_RINGTONE,
  ownFile: undefined,
}));
