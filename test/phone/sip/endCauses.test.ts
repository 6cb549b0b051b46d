import { describe, expect, it } from 'vitest';
import { type EndFacts, endCause, registrationFailure } from '../../../src/phone/sip/endCauses';

const base: EndFacts = {
  direction: 'outgoing',
  answered: false,
  byRemote: true,
  cause: 'Busy',
  declinedByUser: false,
};

describe('endCause', () => {
  it.each([
    [{ cause: 'Busy' }, 'busy'],
    [{ cause: 'Rejected' }, 'rejected'],
    [{ cause: 'Not Found' }, 'not-found'],
    [{ cause: 'Unavailable' }, 'unavailable'],
    [{ cause: 'Canceled', byRemote: false }, 'canceled'],
    [{ cause: 'Connection Error' }, 'connection-lost'],
    [{ cause: 'User Denied Media Access', byRemote: false }, 'media-error'],
    [{ cause: 'Something New' }, 'failed'],
    [{ answered: true, cause: 'Terminated' }, 'hangup-remote'],
    [{ answered: true, cause: 'Terminated', byRemote: false }, 'hangup-local'],
    [{ answered: true, cause: 'RTP Timeout' }, 'connection-lost'],
    [{ direction: 'incoming', cause: 'Canceled' }, 'missed'],
    [{ direction: 'incoming', cause: 'No Answer', byRemote: false }, 'missed'],
    [
      { direction: 'incoming', cause: 'Rejected', byRemote: false, declinedByUser: true },
      'declined',
    ],
    [{ direction: 'incoming', cause: 'WebRTC Error', byRemote: false }, 'media-error'],
  ] as const)('%j ends as %s', (change, expected) => {
    expect(endCause({ ...base, ...change })).toBe(expected);
  });
});

describe('registrationFailure', () => {
  it.each([
    [401, 'Authentication Error', 'wrong-credentials'],
    [403, 'Rejected', 'wrong-credentials'],
    [404, 'Not Found', 'unknown-user'],
    [undefined, 'Request Timeout', 'timeout'],
    [undefined, 'Connection Error', 'unreachable'],
    [500, 'SIP Failure Code', 'rejected'],
  ] as const)('%s %s is %s', (status, cause, expected) => {
    expect(registrationFailure(status, cause)).toBe(expected);
  });
});
