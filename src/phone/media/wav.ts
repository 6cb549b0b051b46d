// A short sine beep as a WAV file (16-bit mono PCM), made in memory: the sound of the speaker
// test on the call output, played by a media element like call audio is. Pure.

export function beepWav({
  frequency = 660,
  seconds = 0.6,
  sampleRate = 16000,
  volume = 0.3,
} = {}): Uint8Array<ArrayBuffer> {
  const samples = Math.round(seconds * sampleRate);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  // A 20 ms fade at each end, so the beep does not click.
  const fade = Math.min(samples / 2, sampleRate * 0.02);
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - 1 - i) / fade);
    const value = Math.sin((2 * Math.PI * frequency * i) / sampleRate) * volume * envelope;
    view.setInt16(44 + i * 2, Math.round(value * 32767), true);
  }
  return bytes;
}
