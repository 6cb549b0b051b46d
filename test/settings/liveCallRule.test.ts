import { beforeEach, describe, expect, it } from 'vitest';
import { type CallStatus, newCall } from '../../src/phone/callLine';
import { changeWaitsForCalls, refusedDuringCall } from '../../src/settings/liveCallRule';
import { usePhoneStore } from '../../src/store/phoneStore';
import { facts } from '../phone/fakeSip';

const initial = usePhoneStore.getState();
beforeEach(() => usePhoneStore.setState(initial, true));

const withCall = (status: CallStatus) =>
  usePhoneStore.setState({ calls: [newCall(facts(), status, 1)] });

describe('what may change during a call', () => {
  it('makes only the account wait: it registers the phone again', () => {
    expect(changeWaitsForCalls('account')).toBe(true);
    for (const part of ['integra', 'shortcuts', 'dialPlan', 'devices'] as const) {
      expect(changeWaitsForCalls(part)).toBe(false);
    }
  });

  it.each(['incoming', 'calling', 'active'] as const)(
    'refuses the account while a call is %s',
    (status) => {
      withCall(status);
      expect(refusedDuringCall(['integra', 'account'])).toBe(true);
      expect(refusedDuringCall(['integra', 'shortcuts', 'dialPlan', 'devices'])).toBe(false);
    },
  );

  it('lets the account change with no call, or once the call ended', () => {
    expect(refusedDuringCall(['account'])).toBe(false);
    withCall('ended');
    expect(refusedDuringCall(['account'])).toBe(false);
  });
});
