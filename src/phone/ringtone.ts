// The ringtone, synthesised with Web Audio (no file to load). Browsers let audio start only after
// a user gesture, so the context is created on the first click or key press and reused after.

let context: AudioContext | undefined;
let stopCurrent: (() => void) | undefined;

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

/** Ring: 0.4 s on, 0.2 s off, 0.4 s on, 2 s off, until stopped. */
export function startRingtone(): void {
  if (stopCurrent) return;
  context ??= new AudioContext();
  const ctx = context;
  const gain = ctx.createGain();
  gain.gain.value = 0;
  gain.connect(ctx.destination);
  const tones = [440, 480].map((frequency) => {
    const osc = ctx.createOscillator();
    osc.frequency.value = frequency;
    osc.connect(gain);
    osc.start();
    return osc;
  });
  const cycle = () => {
    const t = ctx.currentTime;
    gain.gain.setValueAtTime(0.15, t);
    gain.gain.setValueAtTime(0, t + 0.4);
    gain.gain.setValueAtTime(0.15, t + 0.6);
    gain.gain.setValueAtTime(0, t + 1.0);
  };
  cycle();
  const timer = setInterval(cycle, 3000);
  stopCurrent = () => {
    clearInterval(timer);
    for (const osc of tones) osc.stop();
    gain.disconnect();
    stopCurrent = undefined;
  };
}

export function stopRingtone(): void {
  stopCurrent?.();
}
