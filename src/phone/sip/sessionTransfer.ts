// Transfers on one call: the REFER we send (blind, or attended with Replaces) and the ones the
// other side sends us (RFC 5589). Each leg knows whether its end is reported as 'transferred'.
import { toDialString } from '../dialString';
import type { SipCall, SipCallEvent } from '../sipPort';
import type { CallOptions, JsSipSession, TransferRequest } from './jsSipSession';

/** One call's transfer state, shared with the other call of an attended transfer. */
export interface Leg {
  readonly session: JsSipSession;
  /** When set, the end of this leg is reported as 'transferred'. */
  transferred: boolean;
  /** A REFER of ours awaits its outcome. */
  referring: boolean;
  /** We are calling the target of the other side's REFER. */
  following: boolean;
}

/** Runs `start`, in which JsSIP starts one new session, and wraps it; undefined if none. */
export type Follow = (start: () => void) => SipCall | undefined;

type Report = (event: SipCallEvent) => void;

/** A transferee that never reports the outcome must not block the next transfer forever. */
export const REFER_OUTCOME_MS = 90_000;

/**
 * Sends a REFER to `target`; `replacing` is our leg whose place the target takes (attended). Our
 * leg ends once the transferee reports the target answered (NOTIFY 200); a refused REFER or a
 * failed NOTIFY leaves the call as it was and reports 'transfer-failed'.
 */
export function sendRefer(leg: Leg, target: string, replacing: Leg | undefined, report: Report) {
  if (leg.referring) return;
  leg.referring = true;
  const timer = setTimeout(() => fail(), REFER_OUTCOME_MS);
  const fail = () => {
    clearTimeout(timer);
    if (!leg.referring || leg.session.isEnded()) return;
    leg.referring = false;
    leg.transferred = false;
    if (replacing) replacing.transferred = false;
    report({ type: 'transfer-failed' });
  };
  const eventHandlers = {
    // From here the transferee, or the target in place of `replacing`, may hang up on us.
    requestSucceeded: () => {
      leg.transferred = true;
      if (replacing) replacing.transferred = true;
    },
    requestFailed: fail,
    accepted: () => {
      clearTimeout(timer);
      leg.referring = false;
      leg.transferred = true;
      if (!leg.session.isEnded()) leg.session.terminate();
    },
    failed: fail,
  };
  let sent: unknown = false;
  try {
    sent = leg.session.refer(target, { eventHandlers, replaces: replacing?.session });
  } catch (error) {
    console.error('transfer could not start', error);
  }
  if (!sent) fail();
}

/** Follows the other side's REFER, and accepts an INVITE that replaces this call. */
export function takeTransfers(
  leg: Leg,
  follow: Follow,
  options: CallOptions,
  report: Report,
): void {
  leg.session.on('refer', (event: TransferRequest) => {
    const user = referToUser(event.request);
    // One transfer at a time, and only to something we would dial ourselves.
    const call =
      !leg.following && user !== undefined && toDialString(user) === user
        ? follow(() => event.accept(undefined, options))
        : undefined;
    if (!call) {
      event.reject();
      return;
    }
    leg.following = true;
    call.onEvent((e) => {
      // The transferor hangs up on us once told the target answered.
      if (e.type === 'accepted') leg.transferred = true;
      if (e.type === 'ended') leg.following = false;
    });
    report({ type: 'handover', call });
  });
  leg.session.on('replaces', (event: TransferRequest) => {
    const call = follow(() => event.accept());
    if (!call) {
      event.reject();
      return;
    }
    // JsSIP ends this leg once the new call is confirmed; if the new one fails, this one stays.
    leg.transferred = true;
    call.onEvent((e) => {
      if (e.type === 'ended' && !leg.session.isEnded()) leg.transferred = false;
    });
    call.answer();
    report({ type: 'handover', call });
  });
}

/** The user part of a REFER's Refer-To URI, when it has one. */
function referToUser(request: unknown): string | undefined {
  const referTo = (request as { refer_to?: { uri?: { user?: unknown } } } | null)?.refer_to;
  const user = referTo?.uri?.user;
  return typeof user === 'string' ? user : undefined;
}
