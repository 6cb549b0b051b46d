// What may change while a call is live. Saving the account registers the phone again, which can
// drop the call; every other part (Integra, shortcuts, dial plan, devices) changes nothing on the line.
import type { SettingKey } from '../storage/settings';
import { usePhoneStore } from '../store/phoneStore';

/** True for a part whose change must wait until no call is live. */
export function changeWaitsForCalls(part: SettingKey): boolean {
  return part === 'account';
}

export function callIsLive(): boolean {
  return usePhoneStore.getState().calls.some((c) => c.status !== 'ended');
}

/** True when changing these parts now would touch a live call: the change is refused. */
export function refusedDuringCall(parts: Iterable<SettingKey>): boolean {
  return [...parts].some(changeWaitsForCalls) && callIsLive();
}
