// JsSIP's end causes (plain strings) in the phone's words. Pure, so it is tested without JsSIP.

import type { EndCause, RegistrationFailure } from '../sipPort';
import type { Direction } from '../types';

export interface EndFacts {
  direction: Direction;
  answered: boolean;
  /** JsSIP's originator: who ended it. */
  byRemote: boolean;
  /** JsSIP cause string, e.g. 'Busy', 'Canceled', 'Terminated'. */
  cause: string;
  declinedByUser: boolean;
}

const FAILURE_CAUSES: Readonly<Record<string, EndCause>> = {
  Busy: 'busy',
  Rejected: 'rejected',
  'Not Found': 'not-found',
  Unavailable: 'unavailable',
  'No Answer': 'no-answer',
  'Authentication Error': 'rejected',
  'Connection Error': 'connection-lost',
  'Request Timeout': 'connection-lost',
  'RTP Timeout': 'connection-lost',
  'User Denied Media Access': 'media-error',
  'WebRTC Error': 'media-error',
  'Incompatible SDP': 'media-error',
  'Bad Media Description': 'media-error',
};

export function endCause(facts: EndFacts): EndCause {
  if (facts.declinedByUser) return 'declined';
  if (facts.answered) {
    if (facts.cause === 'Terminated') return facts.byRemote ? 'hangup-remote' : 'hangup-local';
    return FAILURE_CAUSES[facts.cause] ?? (facts.byRemote ? 'hangup-remote' : 'hangup-local');
  }
  if (facts.direction === 'incoming') {
    // An incoming call that ends unanswered, by the caller or by timeout, is a missed call.
    return facts.byRemote || facts.cause === 'No Answer' || facts.cause === 'Canceled'
      ? 'missed'
      : (FAILURE_CAUSES[facts.cause] ?? 'failed');
  }
  if (facts.cause === 'Canceled') return 'canceled';
  return FAILURE_CAUSES[facts.cause] ?? 'failed';
}

/** Why registration failed, from the SIP status code of the final REGISTER response (if any). */
export function registrationFailure(
  statusCode: number | undefined,
  cause: string,
): RegistrationFailure {
  if (statusCode === 401 || statusCode === 407 || statusCode === 403) return 'wrong-credentials';
  if (statusCode === 404) return 'unknown-user';
  if (cause === 'Request Timeout') return 'timeout';
  if (cause === 'Connection Error' || statusCode === undefined) return 'unreachable';
  return 'rejected';
}
