// The extension's own ids, fixed in advance by its manifest (the Chromium `key` and the Firefox
// gecko id, see bridge/extension/identity.ts): the host trusts them without a config entry, so the
// app's one-line install command works, and a config can add others (a self-built or store copy).
export const DEFAULT_EXTENSIONS = {
  chromium: ['fhfkpgilldaenfbobfpehcccnggfkhmo'],
  firefox: ['bridge@voispeed.example'],
} as const;

/** A Chromium extension id: 32 letters a-p (a sha256 digest written in those letters). */
export const CHROMIUM_ID = /^[a-p]{32}$/;
/** A Firefox add-on id: `name@domain` or a `{GUID}`, as addons.mozilla.org accepts them. */
export const FIREFOX_ID = /^(?:[A-Za-z0-9._+-]{1,80}@[A-Za-z0-9.-]{1,80}|\{[0-9A-Fa-f-]{36}\})$/;
