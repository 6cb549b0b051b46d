// A call whose media path breaks (a Wi-Fi hand-over, a TURN server restart, a network blip)
// shows Reconnecting… and looks for a way back with ICE restarts, a re-INVITE with fresh
// credentials that makes both sides gather and check new candidates; past the account's limit it
// ends as connection lost. A call whose signalling connection is down for more than a moment is
// reconnecting too, and ends the same way at the limit, even while its audio still flows: without
// signalling nothing else can reach it (a hang-up, a hold, a transfer) and it could never end.
// JsSIP alone ends a call only on iceConnectionState 'failed', which Chromium never reports once
// the other side vanished without a BYE (there connectionState turns 'failed' while
// iceConnectionState stays 'disconnected'), and it never restarts ICE.
//
// Both sides of a call between two of these phones would restart at once, and crossed
// re-INVITEs end the call (JsSIP answers the other's 491 but applies it anyway, and fails its own
// on the other's 491), so the caller tries every few seconds and the callee, which may face a desk
// phone or a PBX that never restarts, only when no offer came for a while.
//
// While the path is broken the gathering of a restart never ends by itself: the browser keeps
// asking the unreachable TURN server, and JsSIP sends the re-INVITE (or its answer) only once
// gathering completes. So gathering is cut short: the offer goes with what was gathered, and the
// next try, once the server answers again, brings its candidates.
import type { JsSipSession } from '../sip/jsSipSession';
import type { Direction } from '../types';
import type { Schedule } from './iceGate';

/** JsSIP's cause for dead media; endCauses.ts reports it as 'connection-lost'. */
export const RTP_TIMEOUT = 'RTP Timeout';

/** After the path broke: the caller's first restart, the callee's, and the wait between tries. */
export const FIRST_TRY_MS: Record<Direction, number> = { outgoing: 1_000, incoming: 6_000 };
export const RETRY_MS = 4_000;
/** The callee restarts only when the caller's last offer is older than this. */
export const CALLER_QUIET_MS = 2 * RETRY_MS;
/** How long a restart's gathering may take while reconnecting. */
export const GATHERING_LIMIT_MS = 1_500;
/** A signalling connection down for less than this (a PBX restart: 0.3 s) is not shown. */
export const SIGNALLING_GRACE_MS = 2_000;

/** The signalling connection, as a call sees it. */
export interface Signalling {
  up(): boolean;
  /** Calls back on each change; returns the way to stop. */
  watch(listener: (up: boolean) => void): () => void;
}

export interface RecoveryHooks {
  direction: Direction;
  /** How long the call may go without a path before it ends. */
  limitMs: number;
  now(): number;
  schedule: Schedule;
  /** Whether a re-INVITE can be sent now: the signalling connection is up, no offer is pending. */
  canOffer(): boolean;
  restartIce(): void;
  endLost(): void;
  onChange(reconnecting: boolean): void;
}

export class MediaRecovery {
  /** What the call shows: the media path is broken, or the signalling is down. */
  private broken = false;
  private mediaBroken = false;
  private signallingDown = false;
  private lastRemoteOffer = Number.NEGATIVE_INFINITY;
  private endAtLimit: (() => void) | undefined;
  private tries: (() => void)[] = [];
  private grace: (() => void) | undefined;
  private stopped = false;

  constructor(private readonly hooks: RecoveryHooks) {}

  get reconnecting(): boolean {
    return this.broken;
  }

  /** The peer connection's connectionState changed. */
  state(state: RTCPeerConnectionState): void {
    if (this.stopped) return;
    if (state === 'connected') {
      this.mediaBroken = false;
      this.cancelTries();
    } else if (state === 'disconnected' || state === 'failed') {
      if (this.mediaBroken) return;
      this.mediaBroken = true;
      this.tryIn(FIRST_TRY_MS[this.hooks.direction]);
    } else if (state === 'closed') {
      this.stop();
      return;
    }
    this.update();
  }

  /** The signalling connection went down or came back. */
  signalling(up: boolean): void {
    if (this.stopped) return;
    if (up) {
      this.grace?.();
      this.grace = undefined;
      this.signallingDown = false;
      this.update();
      return;
    }
    if (this.grace || this.signallingDown) return;
    this.grace = this.hooks.schedule(SIGNALLING_GRACE_MS, () => {
      this.grace = undefined;
      this.signallingDown = true;
      this.update();
    });
  }

  /** The other side sent an offer (its own ICE restart, a hold): the callee waits for it. */
  remoteOffer(): void {
    this.lastRemoteOffer = this.hooks.now();
  }

  /** The call ended. */
  stop(): void {
    this.stopped = true;
    this.cancelTries();
    this.grace?.();
    this.endAtLimit?.();
  }

  /** The limit counts from the first break, for as long as something stays broken. */
  private update(): void {
    const broken = this.mediaBroken || this.signallingDown;
    if (broken === this.broken) return;
    this.broken = broken;
    if (broken) {
      this.endAtLimit = this.hooks.schedule(this.hooks.limitMs, () => {
        this.stop();
        this.hooks.endLost();
      });
    } else {
      this.endAtLimit?.();
      this.endAtLimit = undefined;
    }
    this.hooks.onChange(broken);
  }

  private tryIn(ms: number): void {
    this.tries.push(
      this.hooks.schedule(ms, () => {
        if (this.stopped || !this.mediaBroken) return;
        this.tryRestart();
        this.tryIn(RETRY_MS);
      }),
    );
  }

  private tryRestart(): void {
    const { direction, now, canOffer, restartIce } = this.hooks;
    const theirsIsRecent = now() - this.lastRemoteOffer < CALLER_QUIET_MS;
    if (direction === 'incoming' && theirsIsRecent) return;
    if (canOffer()) restartIce();
  }

  private cancelTries(): void {
    for (const cancel of this.tries.splice(0)) cancel();
  }
}

type RecoverySession = Pick<
  JsSipSession,
  'connection' | 'on' | 'isEnded' | 'isReadyToReOffer' | 'renegotiate' | 'terminate'
>;

export interface RecoveryOptions {
  direction: Direction;
  limitMs: number;
  /** A re-INVITE sent without it ends the call; down for long, it ends the call too. */
  signalling: Signalling;
  onChange(reconnecting: boolean): void;
}

/** Watches the session's peer connection; returns whether the call is reconnecting right now. */
export function recoverMedia(session: RecoverySession, options: RecoveryOptions): () => boolean {
  const recovery = new MediaRecovery({
    ...options,
    now: () => performance.now(),
    schedule: (ms, run) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    canOffer: () => options.signalling.up() && !session.isEnded() && session.isReadyToReOffer(),
    restartIce: () => session.renegotiate({ rtcOfferConstraints: { iceRestart: true } }),
    endLost: () => {
      if (session.isEnded()) return;
      session.terminate({ cause: RTP_TIMEOUT, status_code: 408, reason_phrase: RTP_TIMEOUT });
    },
  });
  const watch = (pc: RTCPeerConnection) => {
    pc.addEventListener('connectionstatechange', () => recovery.state(pc.connectionState));
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState !== 'gathering' || !recovery.reconnecting) return;
      setTimeout(() => {
        // JsSIP waits on the connection's icecandidate events; the end-of-candidates one (a null
        // candidate) makes it go ahead. The browser never sees this event.
        if (pc.iceGatheringState !== 'gathering' || session.isEnded()) return;
        pc.dispatchEvent(new RTCPeerConnectionIceEvent('icecandidate', { candidate: null }));
      }, GATHERING_LIMIT_MS);
    });
  };
  // An outgoing session has its connection from the start; an incoming one makes it on answer.
  if (session.connection) watch(session.connection);
  else session.on('peerconnection', ({ peerconnection }) => watch(peerconnection));
  session.on('reinvite', () => recovery.remoteOffer());
  // Only a call in progress counts its signalling: one that rings can still be answered on the
  // next connection, and ends by its own timers.
  let unwatch = () => {};
  session.on('accepted', () => {
    unwatch = options.signalling.watch((up) => recovery.signalling(up));
    if (!options.signalling.up()) recovery.signalling(false);
  });
  const stop = () => {
    unwatch();
    recovery.stop();
  };
  session.on('ended', stop);
  session.on('failed', stop);
  return () => recovery.reconnecting;
}
