// The shortcuts and the dial plan as stored settings: loaded at start, saved from the settings
// screen, always through their checkers, so a bad record or draft changes nothing.
import { type Bindings, type BindingsCheck, checkBindings } from '../hotkeys/shortcuts';
import type { DialPlanCheck } from '../numbers/dialPlan';
import { loadCheckedSetting, type NotSaved, saveSetting } from '../storage/settings';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useShortcutStore } from '../store/shortcutStore';

// checkDialPlan asks libphonenumber whether it knows the country: its metadata loads when a
// dial plan is read, not with the app.
const dialPlanChecker = async () => (await import('../numbers/dialPlan')).checkDialPlan;

/** Loads both settings into their stores; damaged records leave the defaults, with a log line. */
export async function loadHotkeySettings(): Promise<void> {
  const [shortcuts, dialPlan] = await Promise.all([
    loadCheckedSetting('shortcuts', checkBindings),
    loadCheckedSetting('dialPlan', async (stored) => (await dialPlanChecker())(stored)),
  ]);
  if (shortcuts) useShortcutStore.setState({ bindings: shortcuts.bindings });
  if (dialPlan) useDialPlanStore.setState({ plan: dialPlan.plan });
}

/** Never rejects: a refused draft answers with the check, a failed write with NotSaved. */
export async function saveShortcuts(bindings: Bindings): Promise<BindingsCheck | NotSaved> {
  const checked = checkBindings(bindings);
  if (!checked.ok) return checked;
  const saved = await saveSetting('shortcuts', checked.bindings);
  if (!saved.ok) return saved;
  useShortcutStore.setState({ bindings: checked.bindings });
  return checked;
}

/** Never rejects: a refused draft answers with the check, a failed write with NotSaved. */
export async function saveDialPlan(draft: unknown): Promise<DialPlanCheck | NotSaved> {
  const checked = (await dialPlanChecker())(draft);
  if (!checked.ok) return checked;
  const saved = await saveSetting('dialPlan', checked.plan);
  if (!saved.ok) return saved;
  useDialPlanStore.setState({ plan: checked.plan });
  return checked;
}
