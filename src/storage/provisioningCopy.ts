// The last config.json the app used, kept beside the settings as the file's text. The next start
// applies it at once instead of waiting for the network; the file fetched then replaces it when
// it differs, and it still holds while the server cannot be reached.
import { database } from './db';

const KEY = 'provisioningFile';

export interface ProvisioningCopy {
  load(): Promise<string | undefined>;
  /** `undefined`: no file is used any more. */
  save(text: string | undefined): Promise<void>;
}

export const provisioningCopy: ProvisioningCopy = {
  async load() {
    const db = await database();
    const text: unknown = await db.get('settings', KEY);
    return typeof text === 'string' ? text : undefined;
  },
  async save(text) {
    const db = await database();
    if (text === undefined) await db.delete('settings', KEY);
    else await db.put('settings', text, KEY);
  },
};
