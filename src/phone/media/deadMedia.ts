// A call whose media connection died ends, as connection lost. JsSIP means to end it, but watches
// only iceConnectionState === 'failed', which Chromium never reports once the other side vanished
// without a BYE (a crashed tab, a lost network): there connectionState turns 'failed' after ICE
// consent expires while iceConnectionState stays 'disconnected', and the call stayed "In call",
// silent, for ever.
import type { JsSipSession } from '../sip/jsSipSession';

type MediaSession = Pick<JsSipSession, 'connection' | 'on' | 'isEnded' | 'terminate'>;

/** JsSIP's cause for dead media; endCauses.ts reports it as 'connection-lost'. */
const RTP_TIMEOUT = 'RTP Timeout';

export function endWhenMediaFails(session: MediaSession): void {
  const watch = (pc: RTCPeerConnection) =>
    pc.addEventListener('connectionstatechange', () => {
      if (pc.connectionState !== 'failed' || session.isEnded()) return;
      session.terminate({ cause: RTP_TIMEOUT, status_code: 408, reason_phrase: RTP_TIMEOUT });
    });
  // An outgoing session has its connection from the start; an incoming one makes it on answer.
  if (session.connection) watch(session.connection);
  else session.on('peerconnection', ({ peerconnection }) => watch(peerconnection));
}
