// The ringtones to choose from and the ring volume: the built-in ones are synthesised (no file to
// load), each a cadence of bursts; 'own' is a file of the user's, stored apart (ownRingtone.ts).
// Pure: the data, and the check every stored or imported choice passes.

export const RINGTONE_NAMES = ['classic', 'trill', 'chime', 'own'] as const;
export type RingtoneName = (typeof RINGTONE_NAMES)[number];

export interface RingtoneSettings {
  ringtone: RingtoneName;
  /** Per cent, 0–100, a whole number. */
  volume: number;
}

/** 50 % is the loudness the phone always rang at; 100 % is twice that, still without clipping. */
export const DEFAULT_RINGTONE: RingtoneSettings = { ringtone: 'classic', volume: 50 };

export interface Cadence {
  frequencies: number[];
  wave: OscillatorType;
  /** The gain at 100 %. */
  volume: number;
  /** On/off pairs in seconds, repeated every `period` seconds. */
  bursts: [start: number, end: number][];
  period: number;
  /** A bell: each burst starts loud and fades with this time constant (s); else flat. */
  fade?: number;
}

/** Four short pips, twice: a lighter ring that stands out from a room of classic phones. */
const pips = (from: number): [number, number][] =>
  [0, 1, 2, 3].map((i) => [from + i * 0.12, from + i * 0.12 + 0.07]);

export const CADENCES: Readonly<Record<Exclude<RingtoneName, 'own'>, Cadence>> = {
  /** Two short rings, then a pause (the phone's ring before there was a choice). */
  classic: {
    frequencies: [440, 480],
    wave: 'sine',
    volume: 0.3,
    bursts: [
      [0, 0.4],
      [0.6, 1.0],
    ],
    period: 3,
  },
  trill: {
    frequencies: [1200],
    wave: 'triangle',
    volume: 0.35,
    bursts: [...pips(0), ...pips(0.6)],
    period: 3,
  },
  /** Two soft bell strokes, a fifth apart in pitch, falling away. */
  chime: {
    frequencies: [660, 990],
    wave: 'sine',
    volume: 0.3,
    bursts: [
      [0, 0.9],
      [1.0, 1.9],
    ],
    period: 4,
    fade: 0.25,
  },
};

export type RingtoneProblem = 'not-an-object' | 'unknown-ringtone' | 'out-of-range';

export type RingtoneCheck =
  | { ok: true; value: RingtoneSettings }
  | { ok: false; field: string; problem: RingtoneProblem };

/** A field left out takes its default; a fresh object is built, so nothing unknown is kept. */
export function checkRingtoneSettings(input: unknown): RingtoneCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, field: '', problem: 'not-an-object' };
  }
  const fields = input as Record<string, unknown>;
  const value: RingtoneSettings = { ...DEFAULT_RINGTONE };
  const ringtone = Object.hasOwn(fields, 'ringtone') ? fields.ringtone : undefined;
  if (ringtone !== undefined) {
    if (!RINGTONE_NAMES.includes(ringtone as RingtoneName)) {
      return { ok: false, field: 'ringtone', problem: 'unknown-ringtone' };
    }
    value.ringtone = ringtone as RingtoneName;
  }
  const volume = Object.hasOwn(fields, 'volume') ? fields.volume : undefined;
  if (volume !== undefined) {
    if (typeof volume !== 'number' || !Number.isInteger(volume) || volume < 0 || volume > 100) {
      return { ok: false, field: 'volume', problem: 'out-of-range' };
    }
    value.volume = volume;
  }
  return { ok: true, value };
}
