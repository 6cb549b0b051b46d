// Each part's own checker, answering in one shape: the value, or the field at fault as a path
// from the part's key. The account's, which does more, is in accountPart.ts.
import { type Bindings, checkBindings } from '../hotkeys/shortcuts';
import type { DialPlanCheck, DialPlanField } from '../numbers/dialPlan';
import type { DialPlan } from '../numbers/dialPlanDefaults';
import { checkDeviceChoice, type DeviceChoice } from '../phone/media/devices';
import type { ColleagueSettings } from '../phone/presence/colleagueSettings';
import { type FileProblem, fail, type PartCheck } from './partTypes';

export function checkShortcutsPart(input: unknown): PartCheck<Bindings> {
  const check = checkBindings(input);
  if (check.ok) return { ok: true, value: check.bindings };
  if (check.error === 'not-an-object') return fail('shortcuts', 'not-an-object');
  const other = check.with === undefined ? undefined : `shortcuts.${check.with}`;
  return fail(`shortcuts.${check.field}`, `keys-${check.error}`, other);
}

const DIAL_PLAN_PROBLEM: Record<DialPlanField, FileProblem> = {
  country: 'unknown-country',
  outsideLinePrefix: 'bad-outside-line-prefix',
  internationalPrefix: 'bad-international-prefix',
};

// checkDialPlan asks libphonenumber whether it knows the country: its metadata loads when a dial
// plan is checked, not with the app.
export async function checkDialPlanPart(input: unknown): Promise<PartCheck<DialPlan>> {
  const check: DialPlanCheck = (await import('../numbers/dialPlan')).checkDialPlan(input);
  if (check.ok) return { ok: true, value: check.plan };
  if (check.error === 'not-an-object') return fail('dialPlan', 'not-an-object');
  return fail(`dialPlan.${check.field}`, DIAL_PLAN_PROBLEM[check.field]);
}

// Device ids belong to one browser profile: on another computer an imported choice falls back to
// the default devices, with a note, until the same devices appear.
export function checkDevicesPart(input: unknown): PartCheck<DeviceChoice> {
  const check = checkDeviceChoice(input);
  if (check.ok) return { ok: true, value: check.choice };
  return fail(check.field === '' ? 'devices' : `devices.${check.field}`, check.problem);
}

// Loaded when checked: nobody who watches no one pays for it at start.
export async function checkColleaguesPart(input: unknown): Promise<PartCheck<ColleagueSettings>> {
  return (await import('../phone/presence/checkColleagues')).checkColleagues(input);
}
