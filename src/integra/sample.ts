// A made-up call for the settings' "Test" button, so a rule can be tried without a real call.
// Its display name has a space, as a real caller's may.
import type { CallEventName } from '../phone/types';
import type { IntegraCall } from './placeholders';

export const SAMPLE_CALL_ID = 'integra-test-0001@voispeed.invalid';

const OUTGOING: readonly CallEventName[] = ['CALL_OUT', 'CALL_BUSY'];

export function sampleCall(event: CallEventName, at: number = Date.now()): IntegraCall {
  const incoming = !OUTGOING.includes(event);
  const closed = event === 'CALL_CLOSE';
  return {
    event,
    at,
    facts: {
      callId: SAMPLE_CALL_ID,
      direction: incoming ? 'incoming' : 'outgoing',
      ownExtension: '100',
      remoteNumber: '+390212345678',
      remoteName: 'Test Caller',
      ownDirectNumber: incoming ? '+390299999100' : '',
      originalCaller: incoming ? '+390212345678' : '100',
      originalCalled: incoming ? '+390299999000' : '+390212345678',
      forwarded: event === 'CALL_FORWARD_IN',
      serverClockOffsetMs: 0,
      headers: {
        'call-id': SAMPLE_CALL_ID,
        from: '"Test Caller" <sip:+390212345678@voispeed.invalid>;tag=test',
        to: '<sip:100@voispeed.invalid>',
      },
    },
    extendedId: 'TEST-1',
    durationSeconds: closed ? 42 : undefined,
    endCause: closed ? 'hangup-remote' : undefined,
  };
}
