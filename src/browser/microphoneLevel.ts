// The chosen microphone opened for a level meter (the audio settings' test): getUserMedia, and an
// AnalyserNode on its own audio context. close() stops the track and the context, so the
// browser's "microphone in use" light goes off with the test.

export interface MicrophoneLevel {
  /** The loudness now, 0–1 (root mean square of the latest samples). */
  read(): number;
  close(): void;
}

export async function openMicrophoneLevel(deviceId: string): Promise<MicrophoneLevel> {
  const audio: MediaTrackConstraints = deviceId === '' ? {} : { deviceId: { exact: deviceId } };
  const stream = await navigator.mediaDevices.getUserMedia({ audio, video: false });
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  const source = context.createMediaStreamSource(stream);
  source.connect(analyser);
  void context.resume();
  const samples = new Float32Array(analyser.fftSize);
  let closed = false;
  return {
    read() {
      if (closed) return 0;
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      return Math.sqrt(sum / samples.length);
    },
    close() {
      if (closed) return;
      closed = true;
      source.disconnect();
      for (const track of stream.getTracks()) track.stop();
      void context.close();
    },
  };
}
