// Call recordings in IndexedDB, each under the Call-ID of its history entry. The audio is stored
// as the chunks MediaRecorder hands over every few seconds, each appended as it comes, so a crash
// or a closed window loses only the last few seconds; playing or downloading joins them.
import { database } from './db';

/** What a recording is: small, so the history's icons and the quota read these alone. */
export interface RecordingInfo {
  callId: string;
  mimeType: string;
  startedAt: number;
  /** Milliseconds recorded so far (all of it once finished). */
  durationMs: number;
  /** Bytes of audio stored so far. */
  size: number;
  /** How many chunks are stored; the next one is numbered this. */
  chunks: number;
}

export interface RecordingChunk {
  callId: string;
  seq: number;
  data: Blob;
}

const chunksOf = (callId: string) => IDBKeyRange.bound([callId, 0], [callId, Infinity]);

/** Stores a new recording's info, with no audio yet. */
export async function beginRecording(info: RecordingInfo): Promise<void> {
  await (await database()).put('recordings', info);
}

/**
 * Appends one chunk and counts it in the info, both or neither. Rejects when the info is gone
 * (deleted meanwhile) or the browser refuses the bytes (a QuotaExceededError when the disk is full).
 */
export async function appendChunk(callId: string, data: Blob, durationMs: number): Promise<void> {
  const db = await database();
  const tx = db.transaction(['recordings', 'recordingChunks'], 'readwrite');
  const infos = tx.objectStore('recordings');
  const info = await infos.get(callId);
  if (!info) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(`no recording for ${callId}`);
  }
  await Promise.all([
    tx.objectStore('recordingChunks').put({ callId, seq: info.chunks, data }),
    infos.put({ ...info, chunks: info.chunks + 1, size: info.size + data.size, durationMs }),
    tx.done,
  ]);
}

/** The last length, once the recorder has stopped. */
export async function finishRecording(callId: string, durationMs: number): Promise<void> {
  const db = await database();
  const tx = db.transaction('recordings', 'readwrite');
  const info = await tx.store.get(callId);
  if (info) await tx.store.put({ ...info, durationMs });
  await tx.done;
}

export interface StoredRecording {
  info: RecordingInfo;
  audio: Blob;
}

/** The recording with its chunks joined in order, or undefined when there is none. */
export async function readRecording(callId: string): Promise<StoredRecording | undefined> {
  const db = await database();
  const tx = db.transaction(['recordings', 'recordingChunks']);
  const [info, chunks] = await Promise.all([
    tx.objectStore('recordings').get(callId),
    tx.objectStore('recordingChunks').getAll(chunksOf(callId)),
  ]);
  if (!info) return undefined;
  return {
    info,
    audio: new Blob(
      chunks.map((chunk) => chunk.data),
      { type: info.mimeType },
    ),
  };
}

/** Deletes the recording and its audio; nothing when there is none. */
export async function deleteRecording(callId: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(['recordings', 'recordingChunks'], 'readwrite');
  await Promise.all([
    tx.objectStore('recordings').delete(callId),
    tx.objectStore('recordingChunks').delete(chunksOf(callId)),
    tx.done,
  ]);
}

/** Every stored recording's info (no audio): which calls have one, and the bytes they hold. */
export async function recordingInfos(): Promise<RecordingInfo[]> {
  return (await database()).getAll('recordings');
}
