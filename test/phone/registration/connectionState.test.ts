import { describe, expect, it } from 'vitest';
import {
  type ConnectionState,
  isPermanentFailure,
  registrationOf,
} from '../../../src/phone/registration/connectionState';

const U1 = 'wss://pbx1.example.com/ws';

describe('registrationOf', () => {
  it.each<[ConnectionState, ReturnType<typeof registrationOf>]>([
    [{ kind: 'stopped' }, { state: 'offline', reason: '', url: '' }],
    [
      { kind: 'connecting', url: U1, backup: false, attempt: 0 },
      { state: 'connecting', reason: '', url: U1 },
    ],
    [
      { kind: 'registered', url: U1, backup: true },
      { state: 'registered', reason: '', url: U1 },
    ],
    [
      { kind: 'reconnecting', url: U1, backup: false, attempt: 3, retryAt: 5, reason: 'timeout' },
      { state: 'failed', reason: 'timeout', url: U1 },
    ],
    [{ kind: 'network-offline' }, { state: 'offline', reason: '', url: '' }],
    [
      { kind: 'failed', url: U1, reason: 'wrong-credentials' },
      { state: 'failed', reason: 'wrong-credentials', url: U1 },
    ],
  ])('%j', (state, expected) => {
    expect(registrationOf(state)).toEqual(expected);
  });
});

describe('isPermanentFailure', () => {
  it.each([
    ['wrong-credentials', true],
    ['unknown-user', true],
    ['bad-settings', true],
    ['unreachable', false],
    ['timeout', false],
    ['rejected', false],
  ] as const)('%s → %s', (reason, expected) => {
    expect(isPermanentFailure(reason)).toBe(expected);
  });
});
