// Work that waits for the phone to be up: the first registration's outcome, another window
// holding the phone, no account, or the longest wait.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_START_MAX_MS, afterStart } from '../../src/app/afterStart';
import { usePhoneStore } from '../../src/store/phoneStore';
import { ACCOUNT } from '../settings/fixtures';

const initial = usePhoneStore.getState();
beforeEach(() => {
  vi.useFakeTimers();
  usePhoneStore.setState({ ...initial, account: ACCOUNT, phoneWindow: 'deciding' }, true);
});
afterEach(() => vi.useRealTimers());

const registration = (state: 'connecting' | 'registered' | 'failed') =>
  usePhoneStore.setState({ registration: { state, reason: '', url: ACCOUNT.url } });

describe('afterStart', () => {
  it('waits for the first registration to succeed, and runs once', () => {
    const work = vi.fn();
    afterStart(work);
    usePhoneStore.setState({ phoneWindow: 'here' });
    registration('connecting');
    expect(work).not.toHaveBeenCalled();
    registration('registered');
    registration('failed');
    vi.advanceTimersByTime(AFTER_START_MAX_MS);
    expect(work).toHaveBeenCalledOnce();
  });

  it('runs when the registration fails, or when another window holds the phone', () => {
    const failed = vi.fn();
    afterStart(failed);
    registration('failed');
    expect(failed).toHaveBeenCalledOnce();
    const elsewhere = vi.fn();
    registration('connecting');
    afterStart(elsewhere);
    usePhoneStore.setState({ phoneWindow: 'elsewhere' });
    expect(elsewhere).toHaveBeenCalledOnce();
  });

  it('runs at once without an account, and at the longest wait without an answer', () => {
    usePhoneStore.setState({ account: undefined });
    const none = vi.fn();
    afterStart(none);
    expect(none).toHaveBeenCalledOnce();
    usePhoneStore.setState({ account: ACCOUNT });
    const slow = vi.fn();
    afterStart(slow);
    vi.advanceTimersByTime(AFTER_START_MAX_MS - 1);
    expect(slow).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(slow).toHaveBeenCalledOnce();
  });
});
