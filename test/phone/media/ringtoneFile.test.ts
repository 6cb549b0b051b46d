import { describe, expect, it } from 'vitest';
import {
  type AudioFormat,
  checkRingtoneFile,
  MAX_RINGTONE_BYTES,
  sniffAudio,
} from '../../../src/phone/media/audioFile';
import { checkRingtoneSettings, DEFAULT_RINGTONE } from '../../../src/phone/media/ringtones';
import { beepWav } from '../../../src/phone/media/wav';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('sniffAudio', () => {
  const good: [string, Uint8Array, AudioFormat][] = [
    ['MP3 with an ID3 tag', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'mp3'],
    ['MP3 frame without a tag', bytes([0xff, 0xfb, 0x90, 0x64]), 'mp3'],
    ['OGG', bytes('OggS', [0, 2]), 'ogg'],
    ['WAV', bytes('RIFF', [36, 0, 0, 0], 'WAVE', 'fmt '), 'wav'],
    ['FLAC', bytes('fLaC', [0, 0, 0, 34]), 'flac'],
    ['M4A', bytes([0, 0, 0, 32], 'ftypM4A '), 'm4a'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), 'webm'],
    ['the phone’s own beep', beepWav().subarray(0, 12), 'wav'],
  ];
  it.each(good)('%s', (_name, head, format) => {
    expect(sniffAudio(head)).toBe(format);
  });

  const bad: [string, Uint8Array][] = [
    ['nothing', new Uint8Array()],
    ['an HTML page named .mp3', bytes('<!doctype html>')],
    ['a RIFF that is not WAVE (AVI)', bytes('RIFF', [0, 0, 0, 0], 'AVI LIST')],
    ['a PNG', bytes([0x89], 'PNG', [13, 10, 26, 10])],
    ['a ZIP', bytes('PK', [3, 4])],
    ['an ADTS AAC stream (reserved layer)', bytes([0xff, 0xf1, 0x50, 0x80])],
    ['a truncated ID', bytes('ID')],
    ['a truncated WAV header', bytes('RIFF', [0, 0])],
    ['an executable', bytes('MZ', [0x90, 0])],
  ];
  it.each(bad)('refuses %s', (_name, head) => {
    expect(sniffAudio(head)).toBeUndefined();
  });
});

describe('checkRingtoneFile', () => {
  const wav = beepWav().subarray(0, 12);
  it('takes a real audio file within the limit', () => {
    expect(checkRingtoneFile(20_000, wav)).toEqual({ ok: true, format: 'wav' });
    expect(checkRingtoneFile(MAX_RINGTONE_BYTES, wav)).toEqual({ ok: true, format: 'wav' });
  });
  it.each([
    ['empty', 0, wav, 'empty'],
    ['NaN size', Number.NaN, wav, 'empty'],
    ['one byte over 1 MB', MAX_RINGTONE_BYTES + 1, wav, 'too-big'],
    ['not audio', 500, bytes('GIF89a'), 'not-audio'],
  ] as const)('refuses %s', (_name, size, head, problem) => {
    expect(checkRingtoneFile(size, head)).toEqual({ ok: false, problem });
  });
});

describe('checkRingtoneSettings', () => {
  const cases: [string, unknown, ReturnType<typeof checkRingtoneSettings>][] = [
    [
      'a full choice',
      { ringtone: 'trill', volume: 0 },
      { ok: true, value: { ringtone: 'trill', volume: 0 } },
    ],
    [
      'own at full volume',
      { ringtone: 'own', volume: 100 },
      { ok: true, value: { ringtone: 'own', volume: 100 } },
    ],
    ['nothing given', {}, { ok: true, value: DEFAULT_RINGTONE }],
    [
      'unknown keys dropped',
      { volume: 20, evil: '<script>' },
      { ok: true, value: { ringtone: 'classic', volume: 20 } },
    ],
    ['not an object', 'chime', { ok: false, field: '', problem: 'not-an-object' }],
    ['an array', [], { ok: false, field: '', problem: 'not-an-object' }],
    ['null', null, { ok: false, field: '', problem: 'not-an-object' }],
    [
      'an unknown ringtone',
      { ringtone: 'siren' },
      { ok: false, field: 'ringtone', problem: 'unknown-ringtone' },
    ],
    [
      'a prototype key as ringtone',
      { ringtone: 'constructor' },
      { ok: false, field: 'ringtone', problem: 'unknown-ringtone' },
    ],
    ['volume over 100', { volume: 101 }, { ok: false, field: 'volume', problem: 'out-of-range' }],
    ['negative volume', { volume: -1 }, { ok: false, field: 'volume', problem: 'out-of-range' }],
    [
      'fractional volume',
      { volume: 50.5 },
      { ok: false, field: 'volume', problem: 'out-of-range' },
    ],
    ['volume as text', { volume: '50' }, { ok: false, field: 'volume', problem: 'out-of-range' }],
    ['NaN volume', { volume: Number.NaN }, { ok: false, field: 'volume', problem: 'out-of-range' }],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(checkRingtoneSettings(input)).toEqual(expected);
  });

  it('reads no inherited field', () => {
    const input = Object.create({ ringtone: 'siren', volume: 999 });
    expect(checkRingtoneSettings(input)).toEqual({ ok: true, value: DEFAULT_RINGTONE });
  });
});

describe('beepWav', () => {
  it('is a well-formed mono 16-bit WAV that fades in and out', () => {
    const wav = beepWav({ seconds: 0.1, sampleRate: 8000 });
    const view = new DataView(wav.buffer);
    expect(wav.length).toBe(44 + 800 * 2);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getInt16(44, true)).toBe(0);
    const peak = Math.max(
      ...Array.from({ length: 800 }, (_, i) => Math.abs(view.getInt16(44 + i * 2, true))),
    );
    expect(peak).toBeGreaterThan(8000);
  });
});
