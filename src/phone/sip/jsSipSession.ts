// The part of JsSIP's RTCSession that the call code uses, typed here so that sipAdapter.ts stays
// the only module importing JsSIP (it checks that the real session fits) and tests can fake it.

import type { DTMFOptions } from 'jssip/lib/RTCSession';

export interface HoldState {
  local: boolean;
  remote: boolean;
}

/** A REFER from the other side, or an INVITE with Replaces for this call. */
export interface TransferRequest {
  /** JsSIP's IncomingRequest; for a REFER it carries the parsed Refer-To as `refer_to`. */
  request: unknown;
  // biome-ignore lint/complexity/noBannedTypes: JsSIP types its accept() as Function.
  accept: Function;
  reject(): void;
}

export interface ReferHandlers {
  /** 2xx to the REFER: the other side will try the target. */
  requestSucceeded(): void;
  requestFailed(): void;
  /** NOTIFY with a 2xx sipfrag: the target answered. */
  accepted(): void;
  /** NOTIFY with a failure sipfrag: the target could not be reached. */
  failed(): void;
}

export interface JsSipSession {
  readonly connection: RTCPeerConnection | null | undefined;
  readonly remote_identity: { uri: { toString(): string } };
  answer(options: CallOptions): void;
  terminate(options?: { status_code?: number; reason_phrase?: string; cause?: string }): void;
  isEnded(): boolean;
  hold(options: object, done: () => void): boolean;
  unhold(options: object, done: () => void): boolean;
  isOnHold(): HoldState;
  isReadyToReOffer(): boolean;
  /** A re-INVITE with a new offer; JsSIP ends the call if it fails. */
  renegotiate(options: { rtcOfferConstraints?: RTCOfferOptions }, done?: () => void): boolean;
  isMuted(): { audio?: boolean };
  mute(options: { audio: boolean }): void;
  unmute(options: { audio: boolean }): void;
  sendDTMF(tones: string, options: DTMFOptions): void;
  /**
   * Returns JsSIP's refer subscriber, or false when the call cannot send a REFER now. `replaces`
   * is the session (a JsSipSession) whose dialog the target is to replace.
   */
  refer(target: string, options?: { eventHandlers?: ReferHandlers; replaces?: unknown }): unknown;
  on(
    event: 'peerconnection',
    listener: (e: { peerconnection: RTCPeerConnection }) => void,
  ): unknown;
  on(event: 'progress' | 'sdp' | 'hold' | 'unhold', listener: (e: Originated) => void): unknown;
  on(event: 'accepted' | 'muted' | 'unmuted' | 'reinvite', listener: () => void): unknown;
  on(event: 'ended' | 'failed', listener: (e: Originated & { cause: string }) => void): unknown;
  on(event: 'newDTMF', listener: (e: Originated & { dtmf: { tone: unknown } }) => void): unknown;
  on(event: 'refer' | 'replaces', listener: (e: TransferRequest) => void): unknown;
  on(
    event: 'icecandidate',
    listener: (e: { candidate: RTCIceCandidate; ready: () => void }) => void,
  ): unknown;
}

export interface Originated {
  originator: string;
}

export interface CallOptions {
  mediaConstraints: MediaStreamConstraints;
  pcConfig: RTCConfiguration;
}
