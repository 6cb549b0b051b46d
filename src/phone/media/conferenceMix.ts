// The three-way conference, mixed in this page with Web Audio: each of the two calls sends the
// microphone plus the other call's remote audio, so the two other parties hear each other and
// the user; the user hears both through their usual players (remoteAudio.ts). Chromium gives Web
// Audio a remote WebRTC track's samples only while a media element plays it: those players do.
// Mute silences the microphone's gain only, so the two parties still hear each other.
import { carriedTrack, carry } from './senderTracks';

/** An audio node as the mix uses it. */
interface Node {
  connect(destination: Node): unknown;
  disconnect(): void;
}

/** The part of an AudioContext the mix uses: small enough to fake in a test. */
export interface MixContext {
  readonly state: AudioContextState;
  createMediaStreamSource(stream: MediaStream): Node;
  createMediaStreamDestination(): Node & { readonly stream: MediaStream };
  createGain(): Node & { readonly gain: { value: number } };
  resume(): Promise<void>;
  close(): Promise<void>;
}

export interface MixEdges {
  context(): MixContext;
  /** A stream of one track, for a source node. */
  stream(track: MediaStreamTrack): MediaStream;
}

export const browserMixEdges: MixEdges = {
  context: () => new AudioContext({ latencyHint: 'interactive' }),
  stream: (track) => new MediaStream([track]),
};

export interface ConferenceMix {
  setMuted(muted: boolean): void;
  /** Gives each call still up its microphone back and frees the audio graph. */
  stop(): void;
}

interface Leg {
  connection: RTCPeerConnection;
  sender: RTCRtpSender;
  /** The call's own microphone track, put back when the merge ends. */
  microphone: MediaStreamTrack;
  remote: MediaStreamTrack;
}

function legOf(connection: RTCPeerConnection): Leg | undefined {
  const sender = connection.getSenders().find((s) => carriedTrack(s)?.kind === 'audio');
  const microphone = sender ? carriedTrack(sender) : null;
  const remote = connection.getReceivers().find((r) => r.track.kind === 'audio')?.track;
  if (!sender || !microphone || !remote) return undefined;
  return { connection, sender, microphone, remote };
}

/** Mixes two calls' audio; undefined when one has no audio to mix (nothing is changed then). */
export function mixConference(
  connections: readonly [RTCPeerConnection, RTCPeerConnection],
  muted: boolean,
  edges: MixEdges = browserMixEdges,
): ConferenceMix | undefined {
  const legs = connections.map(legOf);
  if (!legs[0] || !legs[1]) return undefined;
  const both = legs as Leg[];
  const context = edges.context();
  if (context.state === 'suspended') context.resume().catch(() => {});
  const nodes: Node[] = [];
  const stopped: MediaStreamTrack[] = [];
  const node = <T extends Node>(made: T): T => {
    nodes.push(made);
    return made;
  };
  const gains: { gain: { value: number } }[] = [];
  const mixes = both.map(({ microphone }) => {
    // A clone of its own: the original stays disabled off the sender, so JsSIP's hold and mute,
    // which set `enabled` on what the sender carries, never reach the microphone in the mix.
    const mic = microphone.clone();
    mic.enabled = true;
    microphone.enabled = false;
    stopped.push(mic);
    const gain = node(context.createGain());
    gain.gain.value = muted ? 0 : 1;
    gains.push(gain);
    const out = node(context.createMediaStreamDestination());
    node(context.createMediaStreamSource(edges.stream(mic))).connect(gain);
    gain.connect(out);
    return out;
  });
  both.forEach((leg, i) => {
    const out = mixes[1 - i];
    if (out) node(context.createMediaStreamSource(edges.stream(leg.remote))).connect(out);
  });
  both.forEach((leg, i) => {
    const track = mixes[i]?.stream.getAudioTracks()[0];
    if (!track) return;
    stopped.push(track);
    carry(leg.sender, track).catch((error: unknown) => console.error('mix not sent', error));
  });
  let mutedNow = muted;
  let over = false;
  return {
    setMuted(next) {
      mutedNow = next;
      for (const gain of gains) gain.gain.value = next ? 0 : 1;
    },
    stop() {
      if (over) return;
      over = true;
      for (const leg of both) {
        if (leg.connection.connectionState === 'closed') continue;
        leg.microphone.enabled = !mutedNow;
        carry(leg.sender, leg.microphone).catch(() => {});
      }
      for (const each of nodes) each.disconnect();
      for (const track of stopped) track.stop();
      context.close().catch(() => {});
    },
  };
}
