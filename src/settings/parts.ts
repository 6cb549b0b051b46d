// The settings, one row per part: how any input for it is checked, what it is when nothing good
// is stored, the store that holds it in use, and what the file holds. A new setting is its key in
// SettingsValues (partTypes.ts), its store, its checker and one row here; the settings service,
// the file and every form take it from this list.
import { DEFAULT_CALLER_NAME_SETTINGS } from '../contacts/callerNameSettings';
import { defaultBindings } from '../hotkeys/shortcuts';
import { DEFAULT_INTEGRA_SETTINGS } from '../integra/rule';
import { DEFAULT_DIAL_PLAN } from '../numbers/dialPlanDefaults';
import { DEFAULT_AUTO_ANSWER } from '../phone/autoAnswer';
import { DEFAULT_DEVICES } from '../phone/media/devices';
import { DEFAULT_RINGTONE } from '../phone/media/ringtones';
import { DEFAULT_COLLEAGUE_SETTINGS } from '../phone/presence/colleagueSettings';
import { useAutoAnswerStore } from '../store/autoAnswerStore';
import { useCallerNameStore } from '../store/callerNameStore';
import { useDeviceStore } from '../store/deviceStore';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useIntegraStore } from '../store/integraStore';
import { usePhoneStore } from '../store/phoneStore';
import { usePresenceStore } from '../store/presenceStore';
import { useRecordingStore } from '../store/recordingStore';
import { useShortcutStore } from '../store/shortcutStore';
import { useSoundStore } from '../store/soundStore';
import { accountToFile, checkAccountPart } from './accountPart';
import { checkAutoAnswerPart } from './autoAnswerPart';
import {
  checkColleaguesPart,
  checkDevicesPart,
  checkDialPlanPart,
  checkShortcutsPart,
} from './partChecks';
import type {
  CheckContext,
  Checked,
  ExportOptions,
  PartCheck,
  PartKey,
  SettingsValues,
} from './partTypes';
import { checkRecordingPart, DEFAULT_RECORDING_SETTINGS } from './recordingPart';
import { checkRingtonePart } from './ringtonePart';

export interface Part<K extends PartKey> {
  key: K;
  /** The only way in, for a form's draft, a file's part and a stored record alike. */
  check(
    input: unknown,
    context: CheckContext,
  ): PartCheck<Checked<K>> | Promise<PartCheck<Checked<K>>>;
  /** In use when nothing is stored, or the stored record is damaged or older than the code. */
  default: SettingsValues[K];
  /** The value in use, from its store. */
  inUse(): SettingsValues[K];
  /** Puts a value in its store, where the screens and the phone read it. */
  show(value: SettingsValues[K]): void;
  /** What the file holds for this part; the value itself when absent. */
  toFile?(value: Checked<K>, options: ExportOptions): unknown;
  /** Changing it registers the phone again, which could drop a live call: it waits for none. */
  waitsForCalls: boolean;
}

// A key of SettingsValues without its row, or a row under another key, does not compile.
export const PARTS: { readonly [K in PartKey]: Part<K> } = {
  account: {
    key: 'account',
    check: checkAccountPart,
    default: undefined,
    inUse: () => usePhoneStore.getState().account,
    show: (account) => usePhoneStore.setState({ account }),
    toFile: accountToFile,
    waitsForCalls: true,
  },
  integra: {
    key: 'integra',
    check: async (input) => (await import('./integraPart')).checkIntegraPart(input),
    default: DEFAULT_INTEGRA_SETTINGS,
    inUse: () => useIntegraStore.getState().settings,
    show: (settings) => useIntegraStore.setState({ settings }),
    waitsForCalls: false,
  },
  shortcuts: {
    key: 'shortcuts',
    check: checkShortcutsPart,
    default: defaultBindings(),
    inUse: () => useShortcutStore.getState().bindings,
    show: (bindings) => useShortcutStore.setState({ bindings }),
    waitsForCalls: false,
  },
  dialPlan: {
    key: 'dialPlan',
    check: checkDialPlanPart,
    default: DEFAULT_DIAL_PLAN,
    inUse: () => useDialPlanStore.getState().plan,
    show: (plan) => useDialPlanStore.setState({ plan }),
    waitsForCalls: false,
  },
  devices: {
    key: 'devices',
    check: checkDevicesPart,
    default: DEFAULT_DEVICES,
    inUse: () => useDeviceStore.getState().choice,
    show: (choice) => useDeviceStore.setState({ choice }),
    waitsForCalls: false,
  },
  callerNames: {
    key: 'callerNames',
    // Loaded with the first check: the lookup URL's rules are Integra's, not the app's first load.
    check: async (input) =>
      (await import('../contacts/checkCallerNames')).checkCallerNamePart(input),
    default: DEFAULT_CALLER_NAME_SETTINGS,
    inUse: () => useCallerNameStore.getState().settings,
    show: (settings) => useCallerNameStore.setState({ settings }),
    waitsForCalls: false,
  },
  colleagues: {
    key: 'colleagues',
    check: checkColleaguesPart,
    default: DEFAULT_COLLEAGUE_SETTINGS,
    inUse: () => usePresenceStore.getState().settings,
    show: (settings) => usePresenceStore.setState({ settings }),
    waitsForCalls: false,
  },
  autoAnswer: {
    key: 'autoAnswer',
    check: checkAutoAnswerPart,
    default: DEFAULT_AUTO_ANSWER,
    inUse: () => useAutoAnswerStore.getState().settings,
    show: (settings) => useAutoAnswerStore.setState({ settings }),
    waitsForCalls: false,
  },
  recording: {
    key: 'recording',
    check: checkRecordingPart,
    default: DEFAULT_RECORDING_SETTINGS,
    inUse: () => useRecordingStore.getState().settings,
    show: (settings) => useRecordingStore.setState({ settings }),
    waitsForCalls: false,
  },
  ringtone: {
    key: 'ringtone',
    check: checkRingtonePart,
    default: DEFAULT_RINGTONE,
    inUse: () => useSoundStore.getState().ringtone,
    show: (ringtone) => useSoundStore.setState({ ringtone }),
    waitsForCalls: false,
  },
};

/** In file order: the first part with a problem is the one an import reports. */
export const PART_LIST: readonly Part<PartKey>[] = Object.values(PARTS);
