import { describe, expect, it } from 'vitest';
import { fileNamePart, recordingFileName } from '../../src/storage/recordingFile';
import {
  canStartRecording,
  isQuotaError,
  KEEP_FREE_BYTES,
  MAX_RECORDING_MS,
  MIN_ROOM_BYTES,
  RECORDINGS_QUOTA_BYTES,
  recordingLimit,
  recordingRoom,
} from '../../src/storage/recordingLimits';

const MB = 1024 * 1024;

describe('recordingRoom', () => {
  it.each([
    ['nothing stored, no estimate', 0, undefined, RECORDINGS_QUOTA_BYTES],
    ['some stored, no estimate', 100 * MB, undefined, RECORDINGS_QUOTA_BYTES - 100 * MB],
    ['the quota used up', RECORDINGS_QUOTA_BYTES, undefined, 0],
    ['more than the quota (an older limit)', RECORDINGS_QUOTA_BYTES + MB, undefined, 0],
    ['a roomy disk', 0, { usage: 10 * MB, quota: 10_000 * MB }, RECORDINGS_QUOTA_BYTES],
    [
      'a small browser quota',
      0,
      { usage: 20 * MB, quota: 200 * MB },
      200 * MB - 20 * MB - KEEP_FREE_BYTES,
    ],
    ['a full browser quota', 0, { usage: 199 * MB, quota: 200 * MB }, 0],
    ['an estimate without quota', 0, { usage: 5 * MB }, RECORDINGS_QUOTA_BYTES],
    ['a hostile estimate', 0, { usage: Number.NaN, quota: 1 }, RECORDINGS_QUOTA_BYTES],
  ])('%s', (_, used, estimate, room) => {
    expect(recordingRoom(used, estimate)).toBe(room);
  });
});

describe('recordingLimit', () => {
  it.each([
    [0, 0, MB, 'ok'],
    [MAX_RECORDING_MS - 1, MB - 1, MB, 'ok'],
    [MAX_RECORDING_MS, 0, MB, 'too-long'],
    [1000, MB, MB, 'full'],
    [MAX_RECORDING_MS + 1, 2 * MB, MB, 'too-long'],
  ] as const)('%d ms and %d bytes with %d of room: %s', (ms, bytes, room, limit) => {
    expect(recordingLimit(ms, bytes, room)).toBe(limit);
  });

  it('starts only with room for a few minutes', () => {
    expect(canStartRecording(MIN_ROOM_BYTES)).toBe(true);
    expect(canStartRecording(MIN_ROOM_BYTES - 1)).toBe(false);
    expect(canStartRecording(0)).toBe(false);
  });
});

describe('isQuotaError', () => {
  it.each([
    ['Chromium and Safari', new DOMException('full', 'QuotaExceededError'), true],
    ['older Firefox', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['the legacy code', { name: 'Error', code: 22 }, true],
    ['an abort caused by one', { name: 'AbortError', inner: { name: 'QuotaExceededError' } }, true],
    ['a closed database', new DOMException('closing', 'InvalidStateError'), false],
    ['the words in a message only', new Error('QuotaExceededError'), false],
    ['nothing', undefined, false],
    ['a bare string', 'QuotaExceededError', false],
  ])('%s: %s', (_, error, quota) => {
    expect(isQuotaError(error)).toBe(quota);
  });

  it('survives an error that holds itself', () => {
    const error: { name: string; inner?: unknown } = { name: 'AbortError' };
    error.inner = error;
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('recordingFileName', () => {
  // Local time, as the history row shows it.
  const at = new Date(2026, 11, 3, 9, 5, 7).getTime();

  it.each([
    ['101', 'audio/webm;codecs=opus', 'call-2026-12-03-090507-101.webm'],
    ['+39 02 1234', 'audio/ogg;codecs=opus', 'call-2026-12-03-090507-+39_02_1234.ogg'],
    ['../../etc/passwd', 'audio/webm', 'call-2026-12-03-090507-etc_passwd.webm'],
    ['C:\\x\u0000y:*?"<>|', 'audio/webm', 'call-2026-12-03-090507-C_x_y.webm'],
    ['\u202Eevil.exe', 'audio/webm', 'call-2026-12-03-090507-evil_exe.webm'],
    ['', 'audio/webm', 'call-2026-12-03-090507-unknown.webm'],
    ['...', 'text/html', 'call-2026-12-03-090507-unknown.audio'],
    ['101', 'audio/mp4', 'call-2026-12-03-090507-101.m4a'],
  ])('%j as %s: %s', (number, mime, name) => {
    expect(recordingFileName(at, number, mime)).toBe(name);
  });

  it('keeps a long number to 32 characters, with no trailing separator', () => {
    expect(fileNamePart(`${'1'.repeat(31)} 2345`)).toBe('1'.repeat(31));
    expect(fileNamePart('9'.repeat(100))).toHaveLength(32);
  });

  it('folds accents to letters and drops what has no plain form', () => {
    expect(fileNamePart('Jürgen Müller')).toBe('Jurgen_Muller');
    expect(fileNamePart('电话')).toBe('unknown');
  });

  it('names an impossible date as undated', () => {
    expect(recordingFileName(Number.NaN, '101', 'audio/webm')).toBe('call-undated-101.webm');
  });
});
