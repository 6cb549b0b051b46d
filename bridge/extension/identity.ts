// Who the extension is, fixed in advance so the native host's manifest (allowed_origins in
// Chromium, allowed_extensions in Firefox) and the end-to-end tests can name it before it is
// installed. Chromium derives the id from the manifest's `key`; the private key that goes with
// it is not kept anywhere: the folder and the zip need only the public half, and a store signs
// its own packages.

/** The Chromium extension id: the first 32 hex digits of sha256(key), 0-f written as a-p. */
export const EXTENSION_ID = 'fhfkpgilldaenfbobfpehcccnggfkhmo';

/** The Firefox add-on id, from browser_specific_settings.gecko.id. */
export const FIREFOX_ID = 'bridge@voispeed.example';

/** Chromium's spelling of a sha256 digest (hex) as an extension id. */
export function extensionIdFromDigest(hexDigest: string): string {
  return [...hexDigest.slice(0, 32).toLowerCase()]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}
