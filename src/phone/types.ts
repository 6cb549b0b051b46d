// The phone's vocabulary: plain values that cross from the SIP edge to the rest of the app.

export type Registration = 'offline' | 'connecting' | 'registered' | 'failed';

export type Direction = 'incoming' | 'outgoing';

/** The seven call events of docs/integra.md, named as Integra passes them in !02. */
export const CALL_EVENTS = [
  'CALL_IN',
  'CALL_FORWARD_IN',
  'CALL_OUT',
  'CALL_ACCEPT',
  'CALL_CLOSE',
  'CALL_ACTIVE',
  'CALL_BUSY',
] as const;
export type CallEventName = (typeof CALL_EVENTS)[number];

/** Everything Integra and history need to know about a call, taken once from SIP at the edge. */
export interface CallFacts {
  /** Bare SIP Call-ID (not JsSIP's session.id, which appends the from-tag). */
  callId: string;
  direction: Direction;
  /** !00: the user's own extension. */
  ownExtension: string;
  /**
   * !01: the other party's number, calling or called, exactly as sent; only a phone number's
   * visual separators (spaces, dots, dashes, parentheses) are removed.
   */
  remoteNumber: string;
  /** The other party's display name exactly as sent (bidi controls too), '' when none was given. */
  remoteName: string;
  /** !03: own direct number that was called (user part of To on an incoming INVITE), else ''. */
  ownDirectNumber: string;
  /** !06: original calling number (P-Asserted-Identity, else the caller). */
  originalCaller: string;
  /** !07: original called number (first History-Info entry or oldest Diversion), else the called number. */
  originalCalled: string;
  /** True when Diversion or History-Info shows the call was forwarded to us (CALL_FORWARD_IN). */
  forwarded: boolean;
  /** Server clock minus local clock in ms, estimated from SIP Date headers; 0 when unknown. */
  serverClockOffsetMs: number;
  /** Headers of the INVITE by lower-case name (first value), exactly as received. */
  headers: Readonly<Record<string, string>>;
  /**
   * The PBX asks that this incoming call be answered by itself after this many ms (intercom,
   * paging: autoAnswer.ts reads every Call-Info, Alert-Info and Answer-Mode value); absent when not.
   */
  pbxAnswerAfterMs?: number;
}
