// Ringtone and ringback, synthesised with Web Audio (no file to load). One AudioContext and one
// node graph per tone are made once, at start, and the context is suspended while silent: making
// them when a call rings would put an audio device open on the call-setup path, and a running
// context all day would keep the device busy.

let context: AudioContext | undefined;
const playing = new Set<Tone>();

/** Make the audio context now; browsers let it run only after a user gesture, so resume then. */
export function prepareTones(target: EventTarget): void {
  context ??= new AudioContext();
  void context.suspend();
  const unlock = () => {
    if (playing.size > 0) void context?.resume();
    target.removeEventListener('pointerdown', unlock);
    target.removeEventListener('keydown', unlock);
  };
  target.addEventListener('pointerdown', unlock);
  target.addEventListener('keydown', unlock);
}

interface Cadence {
  frequencies: number[];
  volume: number;
  /** On/off pairs in seconds, repeated every `period` seconds. */
  bursts: [start: number, end: number][];
  period: number;
}

/** Incoming call: two short rings, then a pause. */
const RING: Cadence = {
  frequencies: [440, 480],
  volume: 0.15,
  bursts: [
    [0, 0.4],
    [0.6, 1.0],
  ],
  period: 3,
};
/** Outgoing call ringing at the far end (the European 425 Hz ringback: 1 s on, 4 s off). */
const RINGBACK: Cadence = { frequencies: [425], volume: 0.06, bursts: [[0, 1]], period: 5 };

/**
 * A tone starts this long after it is asked for: no one hears the difference, and a call answered
 * at once (auto-answer, a quick hand) never blips or opens the audio device during call setup.
 */
const TONE_DELAY_MS = 150;

class Tone {
  private gain: GainNode | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cadence: Cadence) {}

  set(on: boolean): void {
    if (!on) {
      clearTimeout(this.pending);
      this.pending = undefined;
      if (playing.has(this)) this.stop();
    } else if (!playing.has(this) && this.pending === undefined) {
      this.pending = setTimeout(() => {
        this.pending = undefined;
        this.start();
      }, TONE_DELAY_MS);
    }
  }

  private start(): void {
    context ??= new AudioContext();
    const ctx = context;
    const gain = this.graph(ctx);
    playing.add(this);
    void ctx.resume();
    const { volume, bursts, period } = this.cadence;
    const schedule = () => {
      const t = ctx.currentTime;
      for (const [start, end] of bursts) {
        gain.gain.setValueAtTime(volume, t + start);
        gain.gain.setValueAtTime(0, t + end);
      }
    };
    schedule();
    this.timer = setInterval(schedule, period * 1000);
  }

  private stop(): void {
    clearInterval(this.timer);
    playing.delete(this);
    if (this.gain && context) {
      this.gain.gain.cancelScheduledValues(0);
      this.gain.gain.setValueAtTime(0, context.currentTime);
    }
    if (playing.size === 0) void context?.suspend();
  }

  private graph(ctx: AudioContext): GainNode {
    if (this.gain) return this.gain;
    const gain = ctx.createGain();
    gain.gain.value = 0;
    gain.connect(ctx.destination);
    for (const frequency of this.cadence.frequencies) {
      const osc = ctx.createOscillator();
      osc.frequency.value = frequency;
      osc.connect(gain);
      osc.start();
    }
    this.gain = gain;
    return gain;
  }
}

export const ringtone = new Tone(RING);
export const ringback = new Tone(RINGBACK);
