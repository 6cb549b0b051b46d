// The browser side of recording (Web Audio and MediaRecorder): both sides of a call, the
// microphone track its connection sends and the remote track it receives, mixed into one
// stream and encoded as Opus. The sent track is the one the sender carries (senderTracks.ts), so a
// held call still records the microphone and a merged one the whole conference. The tracks belong
// to the call: stopping closes only the mixer.
import type { Capture } from './callRecorder';
import { carriedTrack } from './senderTracks';

/** Opus in WebM (Chromium), else in Ogg (Firefox, Safari). */
const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg'];

/** Speech in Opus is clear at 32 kbit/s: about 240 kB a minute for both sides. */
export const RECORDING_BITS_PER_SECOND = 32_000;

/** The first type the browser can record, '' when none (the browser's own choice then). */
export function recordingMimeType(isSupported: (type: string) => boolean): string {
  return MIME_TYPES.find((type) => isSupported(type)) ?? '';
}

function liveAudio(track: MediaStreamTrack | null): track is MediaStreamTrack {
  return track !== null && track.kind === 'audio' && track.readyState === 'live';
}

/** Throws when the browser cannot record or the connection carries no audio yet. */
export function captureConnection(connection: RTCPeerConnection): Capture {
  if (typeof MediaRecorder === 'undefined' || typeof AudioContext === 'undefined') {
    throw new Error('this browser cannot record audio');
  }
  const tracks = [
    ...connection.getSenders().map(carriedTrack),
    ...connection.getReceivers().map((receiver) => receiver.track),
  ].filter(liveAudio);
  if (tracks.length === 0) throw new Error('the call has no audio to record');
  const context = new AudioContext();
  const mix = context.createMediaStreamDestination();
  for (const track of tracks) {
    context.createMediaStreamSource(new MediaStream([track])).connect(mix);
  }
  const mimeType = recordingMimeType((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(mix.stream, {
    ...(mimeType ? { mimeType } : {}),
    audioBitsPerSecond: RECORDING_BITS_PER_SECOND,
  });
  // A context made without a click on the page (an automatic recording) may start suspended.
  void context.resume().catch(() => undefined);
  const close = () => {
    for (const track of mix.stream.getTracks()) track.stop();
    void context.close().catch(() => undefined);
  };
  return {
    mimeType: recorder.mimeType || mimeType || 'audio/webm',
    start(onData, sliceMs) {
      recorder.addEventListener('dataavailable', (event) => onData(event.data));
      recorder.start(sliceMs);
    },
    stop() {
      if (recorder.state === 'inactive') {
        close();
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            close();
            resolve();
          },
          { once: true },
        );
        recorder.stop();
      });
    },
  };
}
