// Puts a checked settings file into effect: every part or none. Nothing is written before the
// whole file passed parseSettingsFile; the stores change only after every write succeeded.
import type { AccountDraft } from '../phone/account';
import { draftFrom } from '../phone/account';
import { saveSetting } from '../storage/settings';
import { useDeviceStore } from '../store/deviceStore';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useIntegraStore } from '../store/integraStore';
import { usePhoneStore } from '../store/phoneStore';
import { useShortcutStore } from '../store/shortcutStore';
import { type ImportedSettings, parseSettingsFile } from './settingsFile';
import type { ImportError, SettingsValues } from './settingsSections';

export type ImportOutcome =
  | { ok: true }
  | { ok: false; error: ImportError }
  /** call-live: a new account would re-register and could drop the call. */
  | { ok: false; refused: 'call-live' | 'account-refused' | 'not-saved' };

export interface ApplyEdges {
  /** PhoneActions.saveAccount: checks, stores and re-registers. */
  saveAccount(draft: AccountDraft): Promise<boolean>;
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

const callIsLive = () => usePhoneStore.getState().calls.some((c) => c.status !== 'ended');

export async function importSettings(text: string, edges: ApplyEdges): Promise<ImportOutcome> {
  if (callIsLive()) return { ok: false, refused: 'call-live' };
  const parsed = parseSettingsFile(text, {
    current: currentSettings(),
    pageIsSecure: edges.pageIsSecure,
  });
  if (!parsed.ok) return { ok: false, error: parsed };
  return applySettings(parsed.settings, edges);
}

async function applySettings(
  settings: ImportedSettings,
  edges: ApplyEdges,
): Promise<ImportOutcome> {
  const { account, ...stored } = settings;
  const parts = Object.entries(stored) as Array<[StoredPart, SettingsValues[StoredPart]]>;
  const before = currentSettings();
  const outcome = await saveAll(parts, account, edges);
  if (!outcome.ok) {
    // Best effort: put back what was stored, so a failure halfway leaves the old settings.
    await Promise.allSettled(parts.map(([key]) => saveSetting(key, before[key])));
    return outcome;
  }
  for (const [key, value] of parts) {
    (SHOW[key] as (v: typeof value, e: ApplyEdges) => void)(value, edges);
  }
  return { ok: true };
}

async function saveAll(
  parts: Array<[StoredPart, unknown]>,
  account: SettingsValues['account'] | undefined,
  edges: ApplyEdges,
): Promise<ImportOutcome> {
  try {
    for (const [key, value] of parts) await saveSetting(key, value);
  } catch (error) {
    console.error('imported settings could not be stored', error);
    return { ok: false, refused: 'not-saved' };
  }
  // Last, as it re-registers; the same account is left alone so the line does not drop.
  const same = JSON.stringify(account) === JSON.stringify(usePhoneStore.getState().account);
  if (account && !same && !(await edges.saveAccount(draftFrom(account)))) {
    return { ok: false, refused: 'account-refused' };
  }
  return { ok: true };
}
