// Recordings in IndexedDB (fake-indexeddb): chunks appended and joined in order, the info that
// counts them, deletion of both, and the database's step 4 over a version-3 database.
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, database, openAt } from '../../src/storage/db';
import {
  appendChunk,
  beginRecording,
  deleteRecording,
  finishRecording,
  type RecordingInfo,
  readRecording,
  recordingInfos,
} from '../../src/storage/recordings';
import { freshDatabase } from './freshDatabase';

const info = (callId: string): RecordingInfo => ({
  callId,
  mimeType: 'audio/webm;codecs=opus',
  startedAt: 1_000,
  durationMs: 0,
  size: 0,
  chunks: 0,
});

beforeEach(() => freshDatabase());

describe('recordings', () => {
  it('joins the chunks appended, in order, with the info counting them', async () => {
    await beginRecording(info('a'));
    await appendChunk('a', new Blob(['one-']), 5_000);
    await appendChunk('a', new Blob(['two-']), 10_000);
    await appendChunk('a', new Blob(['three']), 12_000);
    await finishRecording('a', 12_345);
    const stored = await readRecording('a');
    expect(stored?.info).toEqual({ ...info('a'), durationMs: 12_345, size: 13, chunks: 3 });
    expect(stored?.audio.type).toBe('audio/webm;codecs=opus');
    expect(await stored?.audio.text()).toBe('one-two-three');
  });

  it('keeps each call’s chunks apart, also for Call-IDs that share a beginning', async () => {
    await beginRecording(info('a'));
    await beginRecording(info('ab'));
    await appendChunk('ab', new Blob(['B']), 1);
    await appendChunk('a', new Blob(['A']), 1);
    expect(await (await readRecording('a'))?.audio.text()).toBe('A');
    expect(await (await readRecording('ab'))?.audio.text()).toBe('B');
  });

  it('refuses a chunk for a recording that is gone, storing nothing', async () => {
    await expect(appendChunk('gone', new Blob(['x']), 1)).rejects.toThrow(/no recording/);
    expect(await (await database()).count('recordingChunks')).toBe(0);
  });

  it('deletes the info and every chunk of one recording, and only of it', async () => {
    await beginRecording(info('a'));
    await beginRecording(info('b'));
    await appendChunk('a', new Blob(['1']), 1);
    await appendChunk('a', new Blob(['2']), 2);
    await appendChunk('b', new Blob(['3']), 1);
    await deleteRecording('a');
    expect(await readRecording('a')).toBeUndefined();
    expect((await recordingInfos()).map((i) => i.callId)).toEqual(['b']);
    expect(await (await database()).count('recordingChunks')).toBe(1);
    await deleteRecording('nothing-there');
  });

  it('lists the infos with their sizes, for the quota', async () => {
    await beginRecording(info('a'));
    await appendChunk('a', new Blob(['12345']), 1);
    await beginRecording(info('b'));
    expect((await recordingInfos()).map((i) => [i.callId, i.size])).toEqual([
      ['a', 5],
      ['b', 0],
    ]);
  });
});

describe('migration 4', () => {
  it('adds the recording stores to a version-3 database, keeping its calls', async () => {
    const v3 = await openAt(3);
    expect(v3.objectStoreNames.contains('recordings')).toBe(false);
    await v3.put('calls', {
      callId: 'old',
      direction: 'incoming',
      number: '101',
      name: '',
      startedAt: 1,
    });
    v3.close();
    const db = await database();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    expect(db.objectStoreNames.contains('recordings')).toBe(true);
    expect(db.objectStoreNames.contains('recordingChunks')).toBe(true);
    expect((await db.get('calls', 'old'))?.number).toBe('101');
  });
});
