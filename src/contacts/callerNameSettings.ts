// The caller-name setting: the optional lookup URL and how long a call waits for its answer.
// The phonebook itself is data, not a setting: it is kept and exported on its own.
// Its check (checkCallerNames.ts) loads with the settings that are checked, not with the app.

export interface CallerNameSettings {
  /** A template with Integra's placeholders answering `{ "name": … }`; '' asks no one. */
  lookupUrl: string;
  /** How long a lookup may take; the ring never waits for it, the name shows when it comes. */
  lookupTimeoutMs: number;
}

export const DEFAULT_CALLER_NAME_SETTINGS: Readonly<CallerNameSettings> = {
  lookupUrl: '',
  lookupTimeoutMs: 2000,
};
