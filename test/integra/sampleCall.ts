// Call facts and Integra calls for the tests: an incoming call from a customer to extension 101.
import type { IntegraCall } from '../../src/integra/placeholders';
import type { IntegraRule } from '../../src/integra/rule';
import type { CallEventName, CallFacts } from '../../src/phone/types';

export const CALL_ID = '3c26700e57a5f1b06f0c1a2b3d4e5f60@192.0.2.20';

export function facts(overrides: Partial<CallFacts> = {}): CallFacts {
  return {
    callId: CALL_ID,
    direction: 'incoming',
    ownExtension: '101',
    remoteNumber: '+390212345678',
    remoteName: 'Mario Rossi',
    ownDirectNumber: '0299999101',
    originalCaller: '+390287654321',
    originalCalled: '0299999000',
    forwarded: false,
    serverClockOffsetMs: 0,
    headers: {
      'call-id': CALL_ID,
      'x-queue': 'Sales-Queue',
      'user-agent': 'Kamailio "test"',
    },
    ...overrides,
  };
}

/** 5 Jan 2024 09:03:07 in the machine's zone, so !04 reads the same in every time zone. */
export const AT = new Date(2024, 0, 5, 9, 3, 7).getTime();

export function call(
  event: CallEventName = 'CALL_IN',
  factOverrides: Partial<CallFacts> = {},
  extra: Partial<IntegraCall> = {},
): IntegraCall {
  return { event, facts: facts(factOverrides), at: AT, ...extra };
}

export function rule(command: string, overrides: Partial<IntegraRule> = {}): IntegraRule {
  return {
    id: 'r1',
    name: 'CRM',
    enabled: true,
    kind: 'open',
    command,
    onlyExternal: false,
    events: ['CALL_IN'],
    ...overrides,
  };
}
