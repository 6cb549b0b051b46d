// The incoming-call ring: the chosen built-in cadence, or the user's own file looped, at the
// chosen volume, on the tones' shared audio context (tones.ts), which it suspends when all is
// silent. A change of sound or volume while ringing is heard at once.
import { CADENCES, type Cadence, DEFAULT_RINGTONE, type RingtoneName } from './ringtones';
import type { AudioOutput, Tone } from './tones';

export interface RingSound {
  ringtone: RingtoneName;
  /** 0–100. */
  volume: number;
  /** The user's file, decoded; 'own' without it rings the classic way. */
  own?: AudioBuffer;
}

export interface RingTone extends Tone {
  setSound(sound: RingSound): void;
  /** Rings for `ms` as a sample, unless a call is ringing (then nothing changes). */
  preview(ms: number): void;
  /** decodeAudioData on the tones' context: the last check of the user's own file. */
  decode(data: ArrayBuffer): Promise<AudioBuffer>;
}

/** The same short wait as the other tones: a call answered at once never blips. */
const TONE_DELAY_MS = 150;

export function createRingTone(output: AudioOutput): RingTone {
  let sound: RingSound = { ...DEFAULT_RINGTONE };
  let wanted = false;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let playing: { stop(): void } | undefined;
  const self: RingTone = {
    set(on) {
      wanted = on;
      if (on) clearTimeout(previewTimer);
      sounding(on);
    },
    setSound(next) {
      sound = next;
      if (!playing) return;
      playing.stop();
      playing = undefined;
      start();
    },
    preview(ms) {
      if (wanted) return;
      clearTimeout(previewTimer);
      if (!playing) start();
      previewTimer = setTimeout(() => {
        if (!wanted) sounding(false);
      }, ms);
    },
    decode: (data) => output.context().decodeAudioData(data),
  };

  function sounding(on: boolean) {
    if (!on) {
      clearTimeout(pending);
      pending = undefined;
      if (!playing) return;
      playing.stop();
      playing = undefined;
      output.playing.delete(self);
      if (output.playing.size === 0) void output.made?.suspend();
    } else if (!playing && pending === undefined) {
      pending = setTimeout(() => {
        pending = undefined;
        start();
      }, TONE_DELAY_MS);
    }
  }

  function start() {
    const ctx = output.context();
    output.playing.add(self);
    void ctx.resume();
    const level = Math.max(0, Math.min(100, sound.volume)) / 100;
    const cadence = sound.ringtone === 'own' ? undefined : CADENCES[sound.ringtone];
    playing =
      sound.ringtone === 'own' && sound.own
        ? playBuffer(ctx, sound.own, level)
        : playCadence(ctx, cadence ?? CADENCES.classic, level);
  }
  return self;
}

function playBuffer(ctx: AudioContext, buffer: AudioBuffer, level: number) {
  const gain = ctx.createGain();
  gain.gain.value = level;
  gain.connect(ctx.destination);
  const source = ctx.createBufferSource();
  source.buffer = buffer;
  source.loop = true;
  source.connect(gain);
  source.start();
  return {
    stop() {
      source.stop();
      source.disconnect();
      gain.disconnect();
    },
  };
}

function playCadence(ctx: AudioContext, cadence: Cadence, level: number) {
  const gain = ctx.createGain();
  gain.gain.value = 0;
  gain.connect(ctx.destination);
  const oscillators = cadence.frequencies.map((frequency) => {
    const osc = ctx.createOscillator();
    osc.type = cadence.wave;
    osc.frequency.value = frequency;
    osc.connect(gain);
    osc.start();
    return osc;
  });
  const peak = cadence.volume * level;
  const schedule = () => {
    const t = ctx.currentTime;
    for (const [start, end] of cadence.bursts) {
      gain.gain.setValueAtTime(peak, t + start);
      if (cadence.fade !== undefined) gain.gain.setTargetAtTime(0, t + start, cadence.fade);
      gain.gain.setValueAtTime(0, t + end);
    }
  };
  schedule();
  const timer = setInterval(schedule, cadence.period * 1000);
  return {
    stop() {
      clearInterval(timer);
      for (const osc of oscillators) {
        osc.stop();
        osc.disconnect();
      }
      gain.disconnect();
    },
  };
}
