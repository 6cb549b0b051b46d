// The shortcuts and the dial plan as stored settings: loaded at start, saved from the settings
// screen, always through their checkers, so a bad record or draft changes nothing.
import { type Bindings, type BindingsCheck, checkBindings } from '../hotkeys/shortcuts';
import type { DialPlanCheck } from '../numbers/dialPlan';
import { loadSetting, saveSetting } from '../storage/settings';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useShortcutStore } from '../store/shortcutStore';

// checkDialPlan asks libphonenumber whether it knows the country: its metadata loads when a
// dial plan is read, not with the app.
const dialPlanChecker = async () => (await import('../numbers/dialPlan')).checkDialPlan;

/** Loads both settings into their stores; damaged records leave the defaults, with a log line. */
export async function loadHotkeySettings(): Promise<void> {
  const [shortcuts, dialPlan] = await Promise.all([
    loadSetting('shortcuts'),
    loadSetting('dialPlan'),
  ]);
  if (shortcuts !== undefined) {
    const checked = checkBindings(shortcuts);
    if (checked.ok) useShortcutStore.setState({ bindings: checked.bindings });
    else console.error('stored shortcuts are not valid; using the defaults', checked);
  }
  if (dialPlan !== undefined) {
    const checked = (await dialPlanChecker())(dialPlan);
    if (checked.ok) useDialPlanStore.setState({ plan: checked.plan });
    else console.error('stored dial plan is not valid; using the default', checked);
  }
}

export async function saveShortcuts(bindings: Bindings): Promise<BindingsCheck> {
  const checked = checkBindings(bindings);
  if (!checked.ok) return checked;
  await saveSetting('shortcuts', checked.bindings);
  useShortcutStore.setState({ bindings: checked.bindings });
  return checked;
}

export async function saveDialPlan(draft: unknown): Promise<DialPlanCheck> {
  const checked = (await dialPlanChecker())(draft);
  if (!checked.ok) return checked;
  await saveSetting('dialPlan', checked.plan);
  useDialPlanStore.setState({ plan: checked.plan });
  return checked;
}
