// What every part of the settings shares: its value, its checker's answer, and the error that
// names the field at fault, whether the input came from a form, a file or a stored record.
import type { CallerNameSettings } from '../contacts/callerNameSettings';
import type { Bindings } from '../hotkeys/shortcuts';
import type { SettingsProblem } from '../integra/checkSettings';
import type { IntegraSettings } from '../integra/rule';
import type { DialPlan } from '../numbers/dialPlanDefaults';
import type { AccountProblem } from '../phone/account';
import type { AutoAnswerSettings } from '../phone/autoAnswer';
import type { DeviceChoice } from '../phone/media/devices';
import type { RingtoneSettings } from '../phone/media/ringtones';
import type { ColleagueSettings } from '../phone/presence/colleagueSettings';
import type { Account } from '../phone/sipPort';
import type { RecordingSettings } from './recordingPart';

/** Each part's value in use; a new part adds its key here and its row in parts.ts. */
export interface SettingsValues {
  /** Undefined until an account is set up. */
  account: Account | undefined;
  integra: IntegraSettings;
  shortcuts: Bindings;
  dialPlan: DialPlan;
  devices: DeviceChoice;
  callerNames: CallerNameSettings;
  colleagues: ColleagueSettings;
  autoAnswer: AutoAnswerSettings;
  recording: RecordingSettings;
  ringtone: RingtoneSettings;
}

export type PartKey = keyof SettingsValues;
/** What a part's checker lets in, and so what is stored and shown. */
export type Checked<K extends PartKey> = NonNullable<SettingsValues[K]>;

/** Problems of the file itself, of parts whose checkers give codes only, and of the account. */
export type FileProblem =
  | 'too-big'
  | 'not-json'
  | 'too-deep'
  | 'not-a-settings-file'
  | 'wrong-format'
  | 'wrong-version'
  | 'unknown-section'
  | 'forbidden-key'
  | 'no-sections'
  | 'no-password'
  | 'keys-unparsable'
  | 'keys-reserved'
  | 'keys-conflict'
  | 'unknown-country'
  | 'bad-outside-line-prefix'
  | 'bad-international-prefix'
  | 'out-of-range'
  | 'not-dialable'
  | 'unknown-ringtone'
  | ProvisioningProblem;

/** Problems only an administrator's config.json can have (provisioning.ts). */
export type ProvisioningProblem =
  | 'config-too-big'
  | 'unknown-field'
  | 'unknown-lock'
  | 'locked-not-given'
  | 'bad-sip-domain';

export type ImportProblem = FileProblem | SettingsProblem | AccountProblem;

/** `field` is a path from the part's key, such as `integra.rules[2].command`; '' for a whole file. */
export interface ImportError {
  ok: false;
  field: string;
  problem: ImportProblem;
  /** For keys-conflict: the path of the shortcut already using the keys. */
  with?: string;
  /** What the problem is about, for the message to name: an unknown placeholder `!99`. */
  detail?: string;
}

export type PartCheck<T> = { ok: true; value: T } | ImportError;

export interface CheckContext {
  /** The settings in use, for an account imported without its password. */
  current: Partial<SettingsValues>;
  /** The app is served over https, where the browser blocks ws:// PBX URLs. */
  pageIsSecure: boolean;
}

export interface ExportOptions {
  includePassword: boolean;
}

export function fail(field: string, problem: ImportProblem, withField?: string): ImportError {
  return withField === undefined
    ? { ok: false, field, problem }
    : { ok: false, field, problem, with: withField };
}

export function isRecord(input: unknown): input is Readonly<Record<string, unknown>> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}
