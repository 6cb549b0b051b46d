// The interface between Phone and the SIP edge. The real one is sipAdapter.ts (JsSIP); tests use a
// fake. Only plain values cross it.
import type { DtmfMethod } from './dtmfMethod';
import type { ColleagueState } from './presence/dialogInfo';
import type { MessageWaiting } from './presence/messageSummary';
import type { ConnectionState } from './registration/connectionState';
import type { CallFacts, Registration } from './types';

export interface Account {
  /** SIP address of record, user@domain. */
  sipAddress: string;
  authorizationUser: string;
  password: string;
  /** The password is a precomputed digest HA1 (MD5 of user:realm:password), as some PBXs store. */
  passwordIsHa1?: boolean;
  extension: string;
  displayName: string;
  /** Primary PBX WebSocket URL (wss:// or ws://). */
  url: string;
  /** Optional second URL, used when the first is unreachable; '' when none. */
  url2: string;
  /** STUN/TURN URLs, one per entry; empty on a LAN PBX. */
  iceServers: string[];
  /** SIP header carrying a link's extended ID; absent for DEFAULT_EXTENDED_ID_HEADER. */
  extendedIdHeader?: string;
  /** sip: links may call addresses at other domains (through this PBX); absent: they may not. */
  otherDomains?: boolean;
  /** How digits are sent: 'rfc4733' in RTP; absent for SIP INFO. */
  dtmf?: DtmfMethod;
  /** Media only through the TURN servers (iceTransportPolicy 'relay'); absent: any path. */
  relayOnly?: boolean;
  /** Seconds a call may go without media before it ends as connection lost; absent: 60. */
  reconnectLimit?: number;
}

/** Why a call ended, in the phone's words; the UI turns it into text. */
export type EndCause =
  | 'hangup-local'
  | 'hangup-remote'
  | 'declined'
  | 'busy'
  | 'canceled'
  | 'missed'
  | 'rejected'
  | 'not-found'
  | 'unavailable'
  | 'no-answer'
  | 'connection-lost'
  | 'media-error'
  | 'failed'
  /** Declined before it rang, with 486 Busy Here, because do not disturb was on. */
  | 'do-not-disturb'
  /** Our leg ended because the call went on to someone else: a transfer, ours or the other side's. */
  | 'transferred';

export type SipCallEvent =
  | { type: 'ringing' }
  | { type: 'accepted' }
  | { type: 'ended'; cause: EndCause }
  /** Hold changed: `local` we hold the call (as asked, once sent), `remote` the other side holds us. */
  | { type: 'held'; local: boolean; remote: boolean }
  | { type: 'muted'; muted: boolean }
  /** The media path broke and the call looks for a way back (true), or found one (false). */
  | { type: 'reconnecting'; reconnecting: boolean }
  /** The other side sent one DTMF digit (0-9 * # A-D). */
  | { type: 'dtmf'; digit: string }
  /** Our REFER was refused, or the transfer target could not be reached; the call goes on. */
  | { type: 'transfer-failed' }
  /**
   * The other side moved this call to a new one that the edge has already started: a REFER it
   * followed (outgoing) or an INVITE with Replaces it accepted and answers (incoming).
   */
  | { type: 'handover'; call: SipCall };

export interface SipCall {
  readonly facts: CallFacts;
  answer(): void;
  /** Decline an incoming call with 486 Busy Here. */
  decline(): void;
  hangup(): void;
  hold(): void;
  resume(): void;
  mute(): void;
  unmute(): void;
  /** Digits already checked with isDtmf (dtmf.ts); anything else is ignored. */
  sendDtmf(digits: string): void;
  /** Blind transfer: REFER to sip:target@domain, target a dial string. Success ends the call. */
  transfer(target: string): void;
  /** Attended transfer: the other party is asked to take `other`'s place (REFER with Replaces). */
  attendedTransfer(other: SipCall): void;
  onEvent(listener: (event: SipCallEvent) => void): void;
}

export interface RegistrationChange {
  state: Registration;
  /** Why the phone is not registered, as a cause code the UI words; '' when registered. */
  reason: RegistrationFailure | '';
  /** The PBX URL in use or being tried. */
  url: string;
  /** The keeper's finer state (reconnecting with its next try, network down, on the backup PBX). */
  detail?: ConnectionState;
}

export type RegistrationFailure =
  | 'wrong-credentials'
  | 'unknown-user'
  | 'unreachable'
  | 'timeout'
  | 'rejected'
  | 'bad-settings';

/** A watched colleague's line, from the PBX's `dialog` and `presence` event packages (BLF). */
export interface ColleagueChange {
  /** The watched dial string, as given to watch(). */
  user: string;
  state: ColleagueState;
  /** A call rings for them and can be picked up. */
  canPickUp: boolean;
}

export interface SipPortListener {
  registration(change: RegistrationChange): void;
  incoming(call: SipCall): void;
  presence(news: PresenceNews): void;
}

/** What the PBX says of colleagues' lines and of this account's voicemail (RFC 3842). */
export type PresenceNews =
  | { type: 'colleague'; change: ColleagueChange }
  | { type: 'voicemail'; waiting: MessageWaiting };

/** What else an outgoing INVITE carries. */
export interface DialExtras {
  /** Whole header lines (`Name: value`), already checked: no line breaks, a token name. */
  headers?: readonly string[];
  /** Where to call instead of the account's domain: a toSipDomain() value. */
  domain?: string;
}

/** How the phone stops. */
export interface StopOptions {
  /**
   * Leave incoming calls that ring unanswered instead of refusing them: another window of the
   * app takes the phone, and the PBX offers them to its registration.
   */
  leaveRinging?: boolean;
}

export interface SipPort {
  start(account: Account, listener: SipPortListener): void;
  stop(options?: StopOptions): void;
  call(target: string, ownExtension: string, extras?: DialExtras): SipCall;
  /**
   * The colleagues whose lines to follow (dial strings at the account's domain): subscribed while
   * registered, again after a reconnect; those no longer listed are unsubscribed.
   */
  watch(users: readonly string[]): void;
}
