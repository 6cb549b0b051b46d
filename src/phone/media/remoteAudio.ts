// Plays each call's remote audio through its own <audio> element, outside React. createApp makes
// the one instance; the SIP edge plays and stops calls through it, the device settings choose
// its output.

export interface RemoteAudio {
  canChooseOutput(): boolean;
  /** Sends every call, live and to come, to this output; rejects when the device refused. */
  setOutput(deviceId: string): Promise<void>;
  play(callId: string, stream: MediaStream): void;
  stop(callId: string): void;
  /** Plays a sound file (the speaker test) once on the call output; rejects when it cannot. */
  playSample(src: string): Promise<void>;
}

export function createRemoteAudio(): RemoteAudio {
  const players = new Map<string, HTMLAudioElement>();
  /** The chosen output for call audio, '' for the default. */
  let sink = '';
  const canChooseOutput = () =>
    typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
  return {
    canChooseOutput,
    async setOutput(deviceId) {
      sink = deviceId;
      if (!canChooseOutput()) return;
      await Promise.all([...players.values()].map((player) => player.setSinkId(deviceId)));
    },
    play(callId, stream) {
      let player = players.get(callId);
      if (!player) {
        player = new Audio();
        player.autoplay = true;
        if (sink !== '' && canChooseOutput()) {
          player
            .setSinkId(sink)
            .catch((error: unknown) => console.warn('call output not applied', error));
        }
        players.set(callId, player);
      }
      player.srcObject = stream;
      player.play().catch((error: unknown) => console.warn('remote audio did not start', error));
    },
    stop(callId) {
      const player = players.get(callId);
      if (!player) return;
      player.pause();
      player.srcObject = null;
      players.delete(callId);
    },
    async playSample(src) {
      const player = new Audio(src);
      if (sink !== '' && canChooseOutput()) await player.setSinkId(sink);
      await player.play();
    },
  };
}
