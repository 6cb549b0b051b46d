// What the phone's link to the PBX is doing, in the user's terms: richer than Registration so the
// status line can say "reconnecting, attempt 3, next try in 2 s" or "network down".
import type { RegistrationChange, RegistrationFailure } from '../sipPort';

export type ConnectionState =
  /** Not started, or stopped. */
  | { kind: 'stopped' }
  /** A socket is opening or registering; attempt 0 is the first try or a planned switch. */
  | { kind: 'connecting'; url: string; backup: boolean; attempt: number }
  /** Registered; `backup` when on the second URL because the first was unreachable. */
  | { kind: 'registered'; url: string; backup: boolean }
  /** Lost the PBX; the next try goes to `url` at `retryAt` (the keeper's clock, ms). */
  | {
      kind: 'reconnecting';
      url: string;
      backup: boolean;
      attempt: number;
      retryAt: number;
      reason: RegistrationFailure;
    }
  /** The browser says there is no network: nothing is tried until it comes back. */
  | { kind: 'network-offline' }
  /** The PBX refused us (credentials, unknown user, settings): no retry until settings change. */
  | { kind: 'failed'; url: string; reason: RegistrationFailure };

/** The coarse registration the rest of the app already knows, for RegistrationChange. */
export function registrationOf(state: ConnectionState): RegistrationChange {
  switch (state.kind) {
    case 'stopped':
      return { state: 'offline', reason: '', url: '' };
    case 'connecting':
      return { state: 'connecting', reason: '', url: state.url };
    case 'registered':
      return { state: 'registered', reason: '', url: state.url };
    case 'reconnecting':
      // Not registered, and calls cannot be placed: a failure until the retry succeeds.
      return { state: 'failed', reason: state.reason, url: state.url };
    case 'network-offline':
      return { state: 'offline', reason: '', url: '' };
    case 'failed':
      return { state: 'failed', reason: state.reason, url: state.url };
  }
}

/** Failures that retrying cannot fix (and that a PBX may punish by blocking the address). */
export function isPermanentFailure(reason: RegistrationFailure): boolean {
  return reason === 'wrong-credentials' || reason === 'unknown-user' || reason === 'bad-settings';
}
