// The recording setting: whether every call is recorded from the moment it is answered. Off by
// default: recording a call is a choice the user (and the law where they work) must make.
import { fail, isRecord, type PartCheck } from './partTypes';

export interface RecordingSettings {
  automatic: boolean;
}

export const DEFAULT_RECORDING_SETTINGS: RecordingSettings = { automatic: false };

export function checkRecordingPart(input: unknown): PartCheck<RecordingSettings> {
  if (!isRecord(input)) return fail('recording', 'not-an-object');
  const { automatic = false } = input;
  if (typeof automatic !== 'boolean') return fail('recording.automatic', 'not-a-boolean');
  return { ok: true, value: { automatic } };
}
