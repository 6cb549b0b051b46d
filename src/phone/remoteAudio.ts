// Plays each call's remote audio through its own <audio> element, outside React.

const players = new Map<string, HTMLAudioElement>();
/** The chosen output for call audio, '' for the default. */
let callSink = '';

export function canChooseCallOutput(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

/** Sends every call, live and to come, to this output; rejects when the device refused. */
export async function setCallOutput(deviceId: string): Promise<void> {
  callSink = deviceId;
  if (!canChooseCallOutput()) return;
  await Promise.all([...players.values()].map((player) => player.setSinkId(deviceId)));
}

export function playRemoteAudio(callId: string, stream: MediaStream): void {
  let player = players.get(callId);
  if (!player) {
    player = new Audio();
    player.autoplay = true;
    if (callSink !== '' && canChooseCallOutput()) {
      player
        .setSinkId(callSink)
        .catch((error: unknown) => console.warn('call output not applied', error));
    }
    players.set(callId, player);
  }
  player.srcObject = stream;
  player.play().catch((error: unknown) => console.warn('remote audio did not start', error));
}

export function stopRemoteAudio(callId: string): void {
  const player = players.get(callId);
  if (!player) return;
  player.pause();
  player.srcObject = null;
  players.delete(callId);
}
