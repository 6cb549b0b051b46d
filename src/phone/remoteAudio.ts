// Plays each call's remote audio through its own <audio> element, outside React.

const players = new Map<string, HTMLAudioElement>();

export function playRemoteAudio(callId: string, stream: MediaStream): void {
  let player = players.get(callId);
  if (!player) {
    player = new Audio();
    player.autoplay = true;
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
