// What the screens show of recordings: the calls recording now (since when), which history
// entries have a recording, and the recording setting in use.
import { create } from 'zustand';
import { DEFAULT_RECORDING_SETTINGS, type RecordingSettings } from '../settings/recordingPart';

export interface RecordingState {
  /** Call-ID → when its recording started, for the calls recording now. */
  live: Readonly<Record<string, number>>;
  /** Call-IDs whose history entry has a stored recording. */
  saved: ReadonlySet<string>;
  /** Call-ID → what stopped its recording by itself or refused to start it ('' none). */
  problems: Readonly<Record<string, string>>;
  settings: RecordingSettings;
}

export const useRecordingStore = create<RecordingState>(() => ({
  live: {},
  saved: new Set(),
  problems: {},
  settings: DEFAULT_RECORDING_SETTINGS,
}));
