// Recording calls: per call, idle → starting → recording → stopping → idle. The audio comes from
// a Capture (recordingMix.ts in the browser, a fake in tests); each chunk it hands over is
// appended to storage at once, and the limits are checked at each one. Whatever goes wrong here
// stops the recording and says why: the call itself is never touched.
import {
  canStartRecording,
  isQuotaError,
  type RecordingLimit,
  recordingLimit,
  recordingRoom,
  type StorageEstimate,
} from '../../storage/recordingLimits';
import type { RecordingInfo } from '../../storage/recordings';

/** A call's mixed audio being encoded. */
export interface Capture {
  readonly mimeType: string;
  /** Starts encoding; `onData` gets a chunk about every `sliceMs` and a last one on stop. */
  start(onData: (chunk: Blob) => void, sliceMs: number): void;
  /** Resolves once the last chunk was handed over and the mixer is closed. */
  stop(): Promise<void>;
}

export interface RecordingStore {
  begin(info: RecordingInfo): Promise<void>;
  append(callId: string, chunk: Blob, durationMs: number): Promise<void>;
  finish(callId: string, durationMs: number): Promise<void>;
  remove(callId: string): Promise<void>;
  /** Bytes all stored recordings hold. */
  usedBytes(): Promise<number>;
}

/** Why a recording ended, or why it never started. */
export type RecordingEnd =
  | 'stopped'
  | 'call-ended'
  | Exclude<RecordingLimit, 'ok'>
  | 'storage-failed'
  | 'no-audio';

export type RecordingChange =
  | { callId: string; state: 'recording'; startedAt: number }
  /** `saved` is false when nothing was stored (no audio came, or it was refused at once). */
  | { callId: string; state: 'idle'; end: RecordingEnd; saved: boolean };

export interface RecorderEdges {
  /** The call's audio, mixed; throws (or rejects) when the call has none to record. */
  capture(callId: string): Capture | Promise<Capture>;
  store: RecordingStore;
  estimate(): Promise<StorageEstimate | undefined>;
  now(): number;
  onChange(change: RecordingChange): void;
}

/** A chunk every 5 s: a crash loses at most that, and a 2-hour call is 1,440 small writes. */
export const CHUNK_MS = 5000;

interface Session {
  state: 'starting' | 'recording' | 'stopping';
  startedAt: number;
  room: number;
  bytes: number;
  capture?: Capture;
  /** Chunk writes, one after another, in order. */
  writes: Promise<void>;
  /** Set by the first reason to stop; later ones change nothing. */
  end?: RecordingEnd;
  stored: boolean;
}

export interface CallRecorder {
  /** Starts recording the call; nothing when it already records. Resolves once it records or failed. */
  start(callId: string): Promise<void>;
  /** Stops and finishes the recording; resolves once its last chunk is stored. */
  stop(callId: string, end?: RecordingEnd): Promise<void>;
  isRecording(callId: string): boolean;
}

export function createCallRecorder(edges: RecorderEdges): CallRecorder {
  const sessions = new Map<string, Session>();
  const stopping = new Map<string, Promise<void>>();

  const elapsed = (session: Session) => Math.max(0, edges.now() - session.startedAt);

  function onChunk(callId: string, session: Session, chunk: Blob): void {
    if (chunk.size === 0) return;
    const durationMs = elapsed(session);
    session.bytes += chunk.size;
    session.writes = session.writes.then(async () => {
      if (session.end === 'storage-failed' || session.end === 'full') return;
      try {
        await edges.store.append(callId, chunk, durationMs);
        session.stored = true;
      } catch (error) {
        console.error('a recording chunk could not be stored', error);
        void stop(callId, isQuotaError(error) ? 'full' : 'storage-failed');
        return;
      }
    });
    const limit = recordingLimit(durationMs, session.bytes, session.room);
    if (limit !== 'ok') void stop(callId, limit);
  }

  async function start(callId: string): Promise<void> {
    if (sessions.has(callId) || stopping.has(callId)) return;
    const session: Session = {
      state: 'starting',
      startedAt: edges.now(),
      room: 0,
      bytes: 0,
      writes: Promise.resolve(),
      stored: false,
    };
    sessions.set(callId, session);
    const refuse = (end: RecordingEnd) => {
      sessions.delete(callId);
      edges.onChange({ callId, state: 'idle', end, saved: false });
    };
    try {
      const [used, estimate] = await Promise.all([
        edges.store.usedBytes(),
        edges.estimate().catch(() => undefined),
      ]);
      session.room = recordingRoom(used, estimate);
      if (!canStartRecording(session.room)) return refuse('full');
    } catch (error) {
      console.error('the recordings could not be read', error);
      return refuse('storage-failed');
    }
    if (session.end) return refuse(session.end);
    let capture: Capture;
    try {
      capture = await edges.capture(callId);
    } catch (error) {
      console.error('the call cannot be recorded', error);
      return refuse('no-audio');
    }
    if (session.end) {
      await capture.stop().catch(() => undefined);
      return refuse(session.end);
    }
    try {
      await edges.store.begin({
        callId,
        mimeType: capture.mimeType,
        startedAt: session.startedAt,
        durationMs: 0,
        size: 0,
        chunks: 0,
      });
    } catch (error) {
      console.error('a recording could not be stored', error);
      await capture.stop().catch(() => undefined);
      return refuse(isQuotaError(error) ? 'full' : 'storage-failed');
    }
    session.capture = capture;
    session.state = 'recording';
    capture.start((chunk) => onChunk(callId, session, chunk), CHUNK_MS);
    edges.onChange({ callId, state: 'recording', startedAt: session.startedAt });
    // Stopped while it started (the call ended): finish now that there is something to finish.
    if (session.end) await stop(callId, session.end);
  }

  function stop(callId: string, end: RecordingEnd = 'stopped'): Promise<void> {
    const session = sessions.get(callId);
    if (!session) return stopping.get(callId) ?? Promise.resolve();
    session.end ??= end;
    if (session.state === 'starting') return Promise.resolve();
    if (session.state === 'stopping') return stopping.get(callId) ?? Promise.resolve();
    session.state = 'stopping';
    const done = finish(callId, session).finally(() => {
      sessions.delete(callId);
      stopping.delete(callId);
    });
    stopping.set(callId, done);
    return done;
  }

  async function finish(callId: string, session: Session): Promise<void> {
    await session.capture?.stop().catch((error: unknown) => {
      console.error('the recorder did not stop cleanly', error);
    });
    await session.writes;
    const durationMs = elapsed(session);
    let saved = session.stored;
    try {
      if (saved) await edges.store.finish(callId, durationMs);
      else await edges.store.remove(callId);
    } catch (error) {
      // The chunks stored stay playable; only the last length may be short.
      console.error('a recording could not be finished', error);
      saved = session.stored;
    }
    edges.onChange({ callId, state: 'idle', end: session.end ?? 'stopped', saved });
  }

  return {
    start,
    stop,
    isRecording: (callId) => sessions.get(callId)?.state === 'recording',
  };
}
