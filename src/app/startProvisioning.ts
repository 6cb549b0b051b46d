// The administrator's config.json at start: checked (settings/provisioning.ts, loaded only when a
// file is there), then in its store before the settings load, which apply its locks. The copy
// kept from the last start is what the settings load under, so the phone registers without
// waiting for the network; the file fetched now follows, and when it differs the settings are
// applied again (createApp.ts). A bad file is not used: the app goes on as if there were none,
// with a notice naming the field at fault.
import type { ProvisioningFile } from '../browser/provisioningFile';
import type { Translate } from '../i18n';
import { loadSetting, removeSetting, saveSetting } from '../storage/settings';
import { usePhoneStore } from '../store/phoneStore';
import { useProvisioningStore } from '../store/provisioningStore';
import { problemText } from '../ui/saveOutcomeText';

export interface ProvisioningEdges {
  t: Translate;
  /** The file's text, or why there is none. */
  read(): Promise<ProvisioningFile>;
  /** The app is served over https, where the browser blocks ws:// PBX URLs. */
  pageIsSecure: boolean;
}

/** The settings key of the last file used: its text, for the next start. */
export const PROVISIONING_COPY_KEY = 'provisioningFile';

export interface ProvisioningStart {
  /** The copy kept from the last start is in its store (or there is none). Never rejects. */
  known: Promise<void>;
  /** The file fetched now is in use: true when it changed what the store holds. Never rejects. */
  fresh: Promise<boolean>;
}

/** Whatever the file, the app starts. */
export function startProvisioning({ t, read, pageIsSecure }: ProvisioningEdges): ProvisioningStart {
  // Fetched at once, beside the read of the copy.
  const fetched = Promise.resolve()
    .then(read)
    .catch(
      (error: unknown): ProvisioningFile => ({
        found: false,
        why: String(error),
        unreachable: true,
      }),
    );
  /** The copy as stored, and the text in use (the copy, unless it fails today's check). */
  let stored: string | undefined;
  let kept: string | undefined;
  const known = (async () => {
    try {
      const record = await loadSetting(PROVISIONING_COPY_KEY);
      stored = typeof record === 'string' ? record : undefined;
      // A copy that fails today's check (an older format) is left to the fresh file.
      if (stored !== undefined && (await use(stored, { pageIsSecure }))) kept = stored;
    } catch (error) {
      console.error('the config.json kept from the last start could not be read', error);
    }
  })();
  /** Keeps `text` for the next start (undefined: none), writing only what changed. */
  const keep = async (text: string | undefined) => {
    if (text === stored) return;
    await (text === undefined
      ? removeSetting(PROVISIONING_COPY_KEY)
      : saveSetting(PROVISIONING_COPY_KEY, text));
  };
  const fresh = known.then(async () => {
    try {
      const file = await fetched;
      if (!file.found) {
        if (file.why) console.warn(`config.json was not read (${file.why})`);
        // Offline or a failing server: the file used last time still holds.
        if (file.unreachable) return false;
        await keep(undefined);
        if (kept === undefined) return false;
        useProvisioningStore.setState({ provisioning: undefined });
        return true;
      }
      if (file.text === kept) return false;
      const used = await use(file.text, { t, pageIsSecure });
      await keep(used ? file.text : undefined);
      return used || kept !== undefined;
    } catch (error) {
      console.error('config.json could not be checked; no provisioning', error);
      return false;
    }
  });
  return { known, fresh };
}

/**
 * Checks a file's text and puts it in the store; false, and no provisioning, when it is bad. With
 * `t` a bad file is reported on screen; the kept copy's failures only go to the log.
 */
async function use(
  text: string,
  { t, pageIsSecure }: { t?: Translate; pageIsSecure: boolean },
): Promise<boolean> {
  const { readProvisioning } = await import('../settings/provisioning');
  const checked = await readProvisioning(text, { current: {}, pageIsSecure });
  if (checked.ok) {
    useProvisioningStore.setState({ provisioning: checked.value });
    return true;
  }
  useProvisioningStore.setState({ provisioning: undefined });
  if (!t) {
    console.warn('the config.json kept from the last start is not valid today', checked);
    return false;
  }
  console.error('config.json is not valid and was not used', checked);
  const problem = problemText(t, checked);
  usePhoneStore.setState({
    notice:
      checked.field === ''
        ? t('provisioning.badFile', { problem })
        : t('provisioning.badField', { field: checked.field, problem }),
  });
  return false;
}
