// A held call carries no audio at all. JsSIP only disables the microphone track on hold, and a
// disabled track still sends a stream of encoded silence; taking the track off the sender stops
// the packets, so the held side hears nothing and the network carries nothing. The track goes
// back when neither side holds the call any more, enabled unless the user muted it meanwhile.
// The track may be the conference mix instead of the microphone (senderTracks.ts).
import type { JsSipSession } from '../sip/jsSipSession';
import { carriedTrack, park, unpark } from './senderTracks';

type HeldSession = Pick<JsSipSession, 'connection' | 'isOnHold' | 'isMuted'>;

/** Returns what to call after every hold or unhold, ours or theirs. */
export function heldMedia(session: HeldSession): () => void {
  return () => {
    const pc = session.connection;
    if (!pc || pc.connectionState === 'closed') return;
    const { local, remote } = session.isOnHold();
    const audio = pc.getSenders().filter((sender) => carriedTrack(sender)?.kind === 'audio');
    if (local || remote) {
      for (const sender of audio) park(sender);
      return;
    }
    // JsSIP re-enabled the tracks it could see before this runs; parked ones it could not.
    const enabled = !session.isMuted().audio;
    for (const sender of audio) {
      const track = unpark(sender);
      if (track) track.enabled = enabled;
    }
  };
}
