// The recorder's states with small fakes: a capture whose chunks the test hands over, a store in
// memory that can be told to refuse, and a clock the test moves.
import { describe, expect, it, vi } from 'vitest';
import {
  type Capture,
  CHUNK_MS,
  createCallRecorder,
  type RecordingChange,
  type RecordingStore,
} from '../../../src/phone/media/callRecorder';
import { recordingMimeType } from '../../../src/phone/media/recordingMix';
import { MAX_RECORDING_MS, RECORDINGS_QUOTA_BYTES } from '../../../src/storage/recordingLimits';

const MB = 1024 * 1024;

function fakeCapture(lastChunk = 'end') {
  let onData: ((chunk: Blob) => void) | undefined;
  const capture: Capture & { send(text: string): void; sliceMs?: number; stopped: number } = {
    mimeType: 'audio/webm;codecs=opus',
    stopped: 0,
    start(listener, sliceMs) {
      onData = listener;
      capture.sliceMs = sliceMs;
    },
    async stop() {
      capture.stopped += 1;
      if (lastChunk !== '') onData?.(new Blob([lastChunk]));
    },
    send(text) {
      onData?.(new Blob([text]));
    },
  };
  return capture;
}

function fakeStore(used = 0) {
  const chunks: [string, string, number][] = [];
  const store: RecordingStore & {
    chunks: typeof chunks;
    refuse?: unknown;
    finished: [string, number][];
    removed: string[];
  } = {
    chunks,
    finished: [],
    removed: [],
    begin: vi.fn(async () => undefined),
    async append(callId, chunk, durationMs) {
      if (store.refuse) throw store.refuse;
      chunks.push([callId, await chunk.text(), durationMs]);
    },
    async finish(callId, durationMs) {
      store.finished.push([callId, durationMs]);
    },
    async remove(callId) {
      store.removed.push(callId);
    },
    usedBytes: async () => used,
  };
  return store;
}

function setUp({ used = 0, quota = Number.POSITIVE_INFINITY, capture = fakeCapture() } = {}) {
  let now = 10_000;
  const changes: RecordingChange[] = [];
  const store = fakeStore(used);
  const captureCall = vi.fn(async () => capture);
  const recorder = createCallRecorder({
    capture: captureCall,
    store,
    estimate: async () =>
      Number.isFinite(quota) ? { usage: 0, quota: quota + 50 * MB } : undefined,
    now: () => now,
    onChange: (change) => changes.push(change),
  });
  const advance = (ms: number) => {
    now += ms;
  };
  /** Lets the chain of chunk writes run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { recorder, store, capture, captureCall, changes, advance, settle };
}

describe('the call recorder', () => {
  it('records: chunks stored as they come, the last one on stop, then finished', async () => {
    const { recorder, store, capture, changes, advance } = setUp();
    await recorder.start('c1');
    expect(recorder.isRecording('c1')).toBe(true);
    expect(capture.sliceMs).toBe(CHUNK_MS);
    expect(store.begin).toHaveBeenCalledWith(
      expect.objectContaining({ callId: 'c1', mimeType: 'audio/webm;codecs=opus', chunks: 0 }),
    );
    expect(changes).toEqual([{ callId: 'c1', state: 'recording', startedAt: 10_000 }]);
    advance(5_000);
    capture.send('a');
    advance(2_500);
    await recorder.stop('c1');
    expect(store.chunks).toEqual([
      ['c1', 'a', 5_000],
      ['c1', 'end', 7_500],
    ]);
    expect(store.finished).toEqual([['c1', 7_500]]);
    expect(capture.stopped).toBe(1);
    expect(recorder.isRecording('c1')).toBe(false);
    expect(changes.at(-1)).toEqual({ callId: 'c1', state: 'idle', end: 'stopped', saved: true });
  });

  it('starts once for a call, and stopping twice finishes once', async () => {
    const { recorder, captureCall, store, changes } = setUp();
    await Promise.all([recorder.start('c1'), recorder.start('c1')]);
    expect(captureCall).toHaveBeenCalledOnce();
    await Promise.all([recorder.stop('c1', 'call-ended'), recorder.stop('c1')]);
    expect(store.finished).toHaveLength(1);
    expect(changes.at(-1)).toMatchObject({ state: 'idle', end: 'call-ended' });
  });

  it('refuses to start when the recordings’ quota is used up, without touching the call', async () => {
    const { recorder, captureCall, store, changes } = setUp({ used: RECORDINGS_QUOTA_BYTES });
    await recorder.start('c1');
    expect(captureCall).not.toHaveBeenCalled();
    expect(store.begin).not.toHaveBeenCalled();
    expect(changes).toEqual([{ callId: 'c1', state: 'idle', end: 'full', saved: false }]);
  });

  it('refuses to start when the browser’s quota leaves no room', async () => {
    const { recorder, captureCall, changes } = setUp({ quota: 0 });
    await recorder.start('c1');
    expect(captureCall).not.toHaveBeenCalled();
    expect(changes).toEqual([{ callId: 'c1', state: 'idle', end: 'full', saved: false }]);
  });

  it('stops as full once its chunks reach the room it started with', async () => {
    const { recorder, capture, store, changes, settle } = setUp({ quota: 2 * MB });
    await recorder.start('c1');
    capture.send('x'.repeat(MB));
    await settle();
    expect(recorder.isRecording('c1')).toBe(true);
    capture.send('x'.repeat(MB));
    await settle();
    await settle();
    expect(capture.stopped).toBe(1);
    expect(recorder.isRecording('c1')).toBe(false);
    expect(store.finished).toHaveLength(1);
    expect(changes.at(-1)).toEqual({ callId: 'c1', state: 'idle', end: 'full', saved: true });
  });

  it('stops at the longest recording allowed', async () => {
    const { recorder, capture, changes, advance, settle } = setUp();
    await recorder.start('c1');
    advance(MAX_RECORDING_MS);
    capture.send('a');
    await settle();
    await settle();
    expect(changes.at(-1)).toMatchObject({ state: 'idle', end: 'too-long', saved: true });
  });

  it('stops as full when IndexedDB refuses a chunk for quota, keeping what was stored', async () => {
    const { recorder, capture, store, changes, settle } = setUp();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await recorder.start('c1');
    capture.send('a');
    await settle();
    store.refuse = new DOMException('no room', 'QuotaExceededError');
    capture.send('b');
    await settle();
    await settle();
    expect(store.chunks.map(([, text]) => text)).toEqual(['a']);
    expect(store.finished).toHaveLength(1);
    expect(changes.at(-1)).toEqual({ callId: 'c1', state: 'idle', end: 'full', saved: true });
  });

  it('stops as failed on any other refusal; with nothing stored, nothing is kept', async () => {
    const { recorder, capture, store, changes, settle } = setUp();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await recorder.start('c1');
    store.refuse = new DOMException('closed', 'InvalidStateError');
    capture.send('a');
    await settle();
    await settle();
    expect(store.removed).toEqual(['c1']);
    expect(changes.at(-1)).toEqual({
      callId: 'c1',
      state: 'idle',
      end: 'storage-failed',
      saved: false,
    });
  });

  it('says a call without audio cannot be recorded, storing nothing', async () => {
    const { recorder, captureCall, store, changes } = setUp();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    captureCall.mockRejectedValueOnce(new Error('no tracks'));
    await recorder.start('c1');
    expect(store.begin).not.toHaveBeenCalled();
    expect(changes).toEqual([{ callId: 'c1', state: 'idle', end: 'no-audio', saved: false }]);
  });

  it('keeps nothing of a recording that got no audio before it stopped', async () => {
    const { recorder, store, changes } = setUp({ capture: fakeCapture('') });
    await recorder.start('c1');
    await recorder.stop('c1');
    expect(store.removed).toEqual(['c1']);
    expect(store.finished).toEqual([]);
    expect(changes.at(-1)).toMatchObject({ state: 'idle', saved: false });
  });

  it('a call that ends while its recording starts ends the recording too', async () => {
    const capture = fakeCapture();
    const { recorder, captureCall, store, changes } = setUp({ capture });
    let release: (value: typeof capture) => void = () => {};
    captureCall.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    const starting = recorder.start('c1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await recorder.stop('c1', 'call-ended');
    release(capture);
    await starting;
    expect(capture.stopped).toBe(1);
    expect(store.begin).not.toHaveBeenCalled();
    expect(recorder.isRecording('c1')).toBe(false);
    expect(changes).toEqual([{ callId: 'c1', state: 'idle', end: 'call-ended', saved: false }]);
  });
});

describe('recordingMimeType', () => {
  it.each([
    ['Chromium', ['audio/webm;codecs=opus', 'audio/webm'], 'audio/webm;codecs=opus'],
    ['Firefox', ['audio/ogg;codecs=opus', 'audio/webm;codecs=opus'], 'audio/webm;codecs=opus'],
    ['an Ogg-only browser', ['audio/ogg;codecs=opus'], 'audio/ogg;codecs=opus'],
    ['a browser with none of them', ['audio/mp4'], ''],
  ])('%s', (_, supported, type) => {
    expect(recordingMimeType((t) => supported.includes(t))).toBe(type);
  });
});
