// Ringtone and ringback, synthesised with Web Audio (no file to load). One AudioContext and one
// node graph per tone are made once, at start, and the context is suspended while silent: making
// them when a call rings would put an audio device open on the call-setup path, and a running
// context all day would keep the device busy. createApp makes the one set of tones. The ring the
// user chooses (ringtone, volume, a file of their own) is ringTone.ts, on the same context.
import { createRingTone, type RingTone } from './ringTone';

/** One tone: on while something asks for it. */
export interface Tone {
  set(on: boolean): void;
}

export interface Tones {
  ringtone: RingTone;
  ringback: Tone;
  callWaiting: Tone;
  /** Just before the phone answers by itself: one short high beep (app/autoAnswer.ts). */
  autoAnswer: Tone;
  /** Make the audio context now; browsers let it run only after a user gesture, so resume then. */
  prepare(target: EventTarget): void;
  canChooseOutput(): boolean;
  /**
   * Sends every tone to this output ('' = the default). Works whether the context is running or
   * suspended, and does not depend on the page being visible: a hidden window still rings.
   */
  setOutput(deviceId: string): Promise<void>;
}

interface Cadence {
  frequencies: number[];
  volume: number;
  /** On/off pairs in seconds, repeated every `period` seconds. */
  bursts: [start: number, end: number][];
  period: number;
}

/** Outgoing call ringing at the far end (the European 425 Hz ringback: 1 s on, 4 s off). */
const RINGBACK: Cadence = { frequencies: [425], volume: 0.06, bursts: [[0, 1]], period: 5 };
/** A second call while on the phone: two short soft beeps now and then, under the talk. */
const CALL_WAITING: Cadence = {
  frequencies: [425],
  volume: 0.04,
  bursts: [
    [0, 0.2],
    [0.4, 0.6],
  ],
  period: 6,
};

/** Auto-answer: one short high beep, then the call opens (it is never left on for a minute). */
const AUTO_ANSWER: Cadence = { frequencies: [880], volume: 0.1, bursts: [[0, 0.15]], period: 60 };

/**
 * A tone starts this long after it is asked for: no one hears the difference, and a call answered
 * at once (auto-answer, a quick hand) never blips or opens the audio device during call setup.
 */
const TONE_DELAY_MS = 150;

class CadenceTone implements Tone {
  private gain: GainNode | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly cadence: Cadence,
    private readonly output: AudioOutput,
  ) {}

  set(on: boolean): void {
    if (!on) {
      clearTimeout(this.pending);
      this.pending = undefined;
      if (this.output.playing.has(this)) this.stop();
    } else if (!this.output.playing.has(this) && this.pending === undefined) {
      this.pending = setTimeout(() => {
        this.pending = undefined;
        this.start();
      }, TONE_DELAY_MS);
    }
  }

  private start(): void {
    const ctx = this.output.context();
    const gain = this.graph(ctx);
    this.output.playing.add(this);
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
    const { playing, made } = this.output;
    playing.delete(this);
    if (this.gain && made) {
      this.gain.gain.cancelScheduledValues(0);
      this.gain.gain.setValueAtTime(0, made.currentTime);
    }
    if (playing.size === 0) void made?.suspend();
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

/** The audio context the tones share, made on first use, and which tones are sounding. */
export interface AudioOutput {
  context(): AudioContext;
  readonly made: AudioContext | undefined;
  readonly playing: Set<Tone>;
}

/** AudioContext.setSinkId (Chromium 110+); absent elsewhere, where tones use the default output. */
type SinkContext = AudioContext & { setSinkId(sinkId: string): Promise<void> };
const hasSink = (ctx: AudioContext): ctx is SinkContext => 'setSinkId' in ctx;

const warnSink = (error: unknown) => console.warn('tone output not applied', error);

async function applySink(ctx: AudioContext, deviceId: string): Promise<void> {
  if (hasSink(ctx)) await ctx.setSinkId(deviceId);
}

export function createTones(): Tones {
  let made: AudioContext | undefined;
  /** The chosen output, '' for the default; applied to the context when it is made. */
  let sink = '';
  const output: AudioOutput = {
    context() {
      if (!made) {
        made = new AudioContext();
        if (sink !== '') applySink(made, sink).catch(warnSink);
      }
      return made;
    },
    get made() {
      return made;
    },
    playing: new Set<Tone>(),
  };
  return {
    ringtone: createRingTone(output),
    ringback: new CadenceTone(RINGBACK, output),
    callWaiting: new CadenceTone(CALL_WAITING, output),
    autoAnswer: new CadenceTone(AUTO_ANSWER, output),
    prepare(target) {
      void output.context().suspend();
      const unlock = () => {
        if (output.playing.size > 0) void made?.resume();
        target.removeEventListener('pointerdown', unlock);
        target.removeEventListener('keydown', unlock);
      };
      target.addEventListener('pointerdown', unlock);
      target.addEventListener('keydown', unlock);
    },
    canChooseOutput: () =>
      typeof AudioContext !== 'undefined' && 'setSinkId' in AudioContext.prototype,
    async setOutput(deviceId) {
      sink = deviceId;
      if (made) await applySink(made, deviceId);
    },
  };
}
