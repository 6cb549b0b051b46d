// What the UI may do with recordings: record a call or stop, and play, download or delete a
// stored one. The app provides the real one (src/app/callRecording.ts); component tests a fake.
import { createContext, useContext } from 'react';
import type { StoredRecording } from '../storage/recordings';

export interface RecordingActions {
  /** Starts recording the call, or stops it when it records; never rejects. */
  toggle(callId: string): Promise<void>;
  /** The stored recording of the call, undefined when there is none. */
  read(callId: string): Promise<StoredRecording | undefined>;
  /** Deletes the call's recording; rejects when the browser refused. */
  remove(callId: string): Promise<void>;
}

/** No recordings (component tests that do not ask for them): main.tsx provides the real ones. */
export const noRecordings: RecordingActions = {
  toggle: async () => undefined,
  read: async () => undefined,
  remove: async () => undefined,
};

export const RecordingActionsContext = createContext<RecordingActions>(noRecordings);

export function useRecordingActions(): RecordingActions {
  return useContext(RecordingActionsContext);
}
