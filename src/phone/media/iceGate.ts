// When to stop waiting for ICE candidates. JsSIP sends the INVITE or the 200 OK only once
// gathering completes, which takes over 100 ms on a LAN and 40 s when a configured STUN server
// does not answer. The gate lets the call go ahead as soon as the candidates that matter are in.

/**
 * Host candidates of every network interface come in the allocator's first step, within a
 * millisecond or two of each other; TCP candidates follow a 50 ms step later and are not needed.
 */
export const ICE_SETTLE_MS = 5;
/** With STUN/TURN servers: how long after the first candidate to wait for one of theirs. */
export const ICE_SERVER_WAIT_MS = 500;

export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';

/** The candidate type worth waiting for: relay with TURN, server-reflexive with STUN, else host. */
export function wantedCandidate(iceServers: readonly string[]): CandidateType {
  if (iceServers.some((url) => /^turns?:/i.test(url))) return 'relay';
  if (iceServers.some((url) => /^stuns?:/i.test(url))) return 'srflx';
  return 'host';
}

export type Schedule = (ms: number, run: () => void) => () => void;

export class IceGate {
  private cancelTimer: (() => void) | undefined;
  private deadline = Number.POSITIVE_INFINITY;
  private done = false;
  private heardWanted = false;

  /** `onSilent`: the call went ahead because the wait for the servers' candidate ran out. */
  constructor(
    private readonly wanted: CandidateType,
    private readonly now: () => number,
    private readonly schedule: Schedule,
    private readonly goAhead: () => void,
    private readonly onSilent: () => void = () => {},
  ) {}

  candidate(type: CandidateType | null | undefined): void {
    const enough = this.wanted === 'host' || type === this.wanted;
    if (enough) this.heardWanted = true;
    this.goAheadIn(enough ? ICE_SETTLE_MS : ICE_SERVER_WAIT_MS);
  }

  /**
   * The browser said no more candidates are coming for the connection's transport: Firefox sends
   * an empty candidate first, which JsSIP passes on as one more candidate, before the final
   * null. Waiting longer for a server's candidate cannot bring one.
   */
  gatheringEnded(): void {
    this.goAheadIn(0);
  }

  /** JsSIP went ahead by itself (gathering completed) or the call ended. */
  finish(): void {
    this.done = true;
    this.cancelTimer?.();
  }

  /** Moves the deadline earlier, never later. */
  private goAheadIn(ms: number): void {
    const at = this.now() + ms;
    if (this.done || at >= this.deadline) return;
    this.deadline = at;
    this.cancelTimer?.();
    this.cancelTimer = this.schedule(ms, () => {
      if (this.done) return;
      this.done = true;
      if (!this.heardWanted) this.onSilent();
      this.goAhead();
    });
  }
}
