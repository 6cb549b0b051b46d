// The administrator's config.json at start: checked (settings/provisioning.ts, loaded only when a
// file is there), then in its store before the settings load, which apply its locks. A bad file
// is not used: the app starts as if there were none, with a notice naming the field at fault.
import type { ProvisioningFile } from '../browser/provisioningFile';
import type { Translate } from '../i18n';
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

/** Never rejects: whatever the file, the app starts. */
export async function startProvisioning({ t, read, pageIsSecure }: ProvisioningEdges) {
  try {
    const file = await read();
    if (!file.found) {
      if (file.why) console.warn(`config.json was not read (${file.why}); no provisioning`);
      return;
    }
    const { readProvisioning } = await import('../settings/provisioning');
    const checked = await readProvisioning(file.text, { current: {}, pageIsSecure });
    if (checked.ok) {
      useProvisioningStore.setState({ provisioning: checked.value });
      return;
    }
    console.error('config.json is not valid and was not used', checked);
    const problem = problemText(t, checked);
    usePhoneStore.setState({
      notice:
        checked.field === ''
          ? t('provisioning.badFile', { problem })
          : t('provisioning.badField', { field: checked.field, problem }),
    });
  } catch (error) {
    console.error('config.json could not be checked; no provisioning', error);
  }
}
