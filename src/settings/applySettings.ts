// Puts a checked settings file into effect: every part or none. Nothing is written before the
// whole file passed parseSettingsFile; all parts are written in one transaction, and the stores
// change only after it committed.
import type { Account } from '../phone/sipPort';
import { saveSettings } from '../storage/settings';
import { useDeviceStore } from '../store/deviceStore';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useIntegraStore } from '../store/integraStore';
import { usePhoneStore } from '../store/phoneStore';
import { useShortcutStore } from '../store/shortcutStore';
import { refusedDuringCall } from './liveCallRule';
import { parseSettingsFile } from './settingsFile';
import type { ImportError, SettingsValues } from './settingsSections';

export type ImportOutcome =
  | { ok: true }
  | { ok: false; error: ImportError }
  /** call-live: a new account would re-register and could drop the call (liveCallRule.ts). */
  | { ok: false; refused: 'call-live' | 'not-saved' };

export interface ApplyEdges {
  /** PhoneActions.registerStoredAccount: shows and registers the account once it is stored. */
  registerStoredAccount(account: Account): void;
  /** PhoneActions.showDevices: puts an imported device choice into use. */
  showDevices(choice: SettingsValues['devices']): Promise<void>;
  pageIsSecure: boolean;
}

type StoredPart = Exclude<keyof SettingsValues, 'account'>;

// One setter per part: a part added to SettingsValues does not compile until it has one here.
const SHOW: { [K in StoredPart]: (value: SettingsValues[K], edges: ApplyEdges) => void } = {
  integra: (settings) => useIntegraStore.setState({ settings }),
  shortcuts: (bindings) => useShortcutStore.setState({ bindings }),
  dialPlan: (plan) => useDialPlanStore.setState({ plan }),
  devices: (choice, edges) => void edges.showDevices(choice),
};

/** The settings in use, as Export writes them and Import compares with. */
export function currentSettings(): Partial<SettingsValues> {
  return {
    account: usePhoneStore.getState().account,
    integra: useIntegraStore.getState().settings,
    shortcuts: useShortcutStore.getState().bindings,
    dialPlan: useDialPlanStore.getState().plan,
    devices: useDeviceStore.getState().choice,
  };
}

export async function importSettings(text: string, edges: ApplyEdges): Promise<ImportOutcome> {
  const parsed = parseSettingsFile(text, {
    current: currentSettings(),
    pageIsSecure: edges.pageIsSecure,
  });
  if (!parsed.ok) return { ok: false, error: parsed };
  // The same account is left alone, so the line does not drop; a new one waits for the call.
  const { account, ...stored } = parsed.settings;
  const same = JSON.stringify(account) === JSON.stringify(usePhoneStore.getState().account);
  const changed = account && !same ? account : undefined;
  const parts = Object.entries(stored) as Array<[StoredPart, SettingsValues[StoredPart]]>;
  const keys = [...parts.map(([key]) => key), ...(changed ? ['account' as const] : [])];
  if (refusedDuringCall(keys)) return { ok: false, refused: 'call-live' };
  // One transaction: every part (the account too, which parseSettingsFile checked) or none.
  const saved = await saveSettings(changed ? [...parts, ['account', changed]] : parts);
  if (!saved.ok) return { ok: false, refused: 'not-saved' };
  for (const [key, value] of parts) {
    (SHOW[key] as (v: typeof value, e: ApplyEdges) => void)(value, edges);
  }
  // Last, as it registers again.
  if (changed) edges.registerStoredAccount(changed);
  return { ok: true };
}
