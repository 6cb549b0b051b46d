// How much may be recorded: a longest recording, a share of the disk for all of them, and what
// a refusal from IndexedDB means. Pure, so the rules are tested without a browser.

/** Two hours: longer than any call a desk keeps, short enough that one file stays playable. */
export const MAX_RECORDING_MS = 2 * 60 * 60 * 1000;
/** All recordings together; at the 32 kbit/s the recorder asks for, about 36 hours. */
export const RECORDINGS_QUOTA_BYTES = 500 * 1024 * 1024;
/** Left free of the browser's quota for the history, settings and phonebook. */
export const KEEP_FREE_BYTES = 50 * 1024 * 1024;
/** A recording starts only with room for a few minutes of it. */
export const MIN_ROOM_BYTES = 1024 * 1024;

/** navigator.storage.estimate()'s answer; either field may be missing. */
export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

/**
 * Bytes a new recording may take: what the recordings' own quota leaves, and no more than the
 * browser's quota leaves once KEEP_FREE_BYTES are kept for the rest of the app.
 */
export function recordingRoom(usedByRecordings: number, estimate?: StorageEstimate): number {
  const byQuota = RECORDINGS_QUOTA_BYTES - usedByRecordings;
  const { usage, quota } = estimate ?? {};
  const byBrowser =
    Number.isFinite(usage) && Number.isFinite(quota)
      ? (quota as number) - (usage as number) - KEEP_FREE_BYTES
      : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(byQuota, byBrowser));
}

export type RecordingLimit = 'ok' | 'too-long' | 'full';

/** Whether a recording may go on after `elapsedMs` and `bytes` of it, with `room` at its start. */
export function recordingLimit(elapsedMs: number, bytes: number, room: number): RecordingLimit {
  if (elapsedMs >= MAX_RECORDING_MS) return 'too-long';
  if (bytes >= room) return 'full';
  return 'ok';
}

export function canStartRecording(room: number): boolean {
  return room >= MIN_ROOM_BYTES;
}

/** IndexedDB's "the disk or the quota is full", under its names in Chromium, Firefox and Safari. */
export function isQuotaError(error: unknown): boolean {
  const { name, code, inner } = (error ?? {}) as {
    name?: unknown;
    code?: unknown;
    inner?: unknown;
  };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // DOMException's legacy code for QUOTA_EXCEEDED_ERR; an aborted transaction carries its cause.
  if (code === 22) return true;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}
