// Which ICE servers stayed silent: a dead STUN or TURN server costs one call's wait, not every
// call's. Each call still asks the servers (the browser goes on gathering after the call has
// started), so the first candidate from one that answers again brings the wait back for the
// next call: that is the check in the background, with no probe of its own.
import { type CandidateType, wantedCandidate } from './iceGate';

export interface IceServerHealth {
  /** The candidate type worth waiting for with these servers: 'host' while they are silent. */
  wanted(iceServers: readonly string[]): CandidateType;
  /** A candidate came in for a call with these servers, before or after the call went ahead. */
  heard(iceServers: readonly string[], type: CandidateType | null | undefined): void;
  /** A call waited its full time for these servers and heard nothing from them. */
  silent(iceServers: readonly string[]): void;
}

const keyOf = (iceServers: readonly string[]) => iceServers.join('\n');

/** One per page: every call of the SIP edge shares what the earlier calls learnt. */
export function createIceServerHealth(): IceServerHealth {
  const silentServers = new Set<string>();
  return {
    wanted(iceServers) {
      return silentServers.has(keyOf(iceServers)) ? 'host' : wantedCandidate(iceServers);
    },
    heard(iceServers, type) {
      const wanted = wantedCandidate(iceServers);
      if (wanted !== 'host' && type === wanted) silentServers.delete(keyOf(iceServers));
    },
    silent(iceServers) {
      if (wantedCandidate(iceServers) !== 'host') silentServers.add(keyOf(iceServers));
    },
  };
}
