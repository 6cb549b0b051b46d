// Ringtone and ringback, synthesised with Web Audio (no file to load). Browsers let audio start
// only after a user gesture, so the context is created on the first click or key press.

let context: AudioContext | undefined;

export function unlockAudioOnFirstGesture(target: EventTarget): void {
  const unlock = () => {
    context ??= new AudioContext();
    void context.resume();
    target.removeEventListener('pointerdown', unlock);
    target.removeEventListener('keydown', unlock);
  };
  target.addEventListener('pointerdown', unlock);
  target.addEventListener('keydown', unlock);
}

interface Cadence {
  frequencies: number[];
  volume: number;
  /** On/off pairs in seconds, repeated every `period`. */
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

class Tone {
  private stopCurrent: (() => void) | undefined;

  constructor(private readonly cadence: Cadence) {}

  set(on: boolean): void {
    if (on) this.start();
    else this.stop();
  }

  private start(): void {
    if (this.stopCurrent) return;
    context ??= new AudioContext();
    const ctx = context;
    const { frequencies, volume, bursts, period } = this.cadence;
    const gain = ctx.createGain();
    gain.gain.value = 0;
    gain.connect(ctx.destination);
    const oscillators = frequencies.map((frequency) => {
      const osc = ctx.createOscillator();
      osc.frequency.value = frequency;
      osc.connect(gain);
      osc.start();
      return osc;
    });
    const schedule = () => {
      const t = ctx.currentTime;
      for (const [start, end] of bursts) {
        gain.gain.setValueAtTime(volume, t + start);
        gain.gain.setValueAtTime(0, t + end);
      }
    };
    schedule();
    const timer = setInterval(schedule, period * 1000);
    this.stopCurrent = () => {
      clearInterval(timer);
      for (const osc of oscillators) osc.stop();
      gain.disconnect();
      this.stopCurrent = undefined;
    };
  }

  private stop(): void {
    this.stopCurrent?.();
  }
}

export const ringtone = new Tone(RING);
export const ringback = new Tone(RINGBACK);
