// What the administrator's config.json does to the settings service's inputs: a locked field
// always has the provisioned value, whatever a form, a file or a stored record says, and a
// provisioned part is the default of a user who stored none.
import { isLocked } from '../store/provisioningStore';
import { type Checked, isRecord, type PartKey } from './partTypes';
import type { Provisioning } from './provisioning';

type WholePart = 'integra' | 'dialPlan';
const WHOLE_PARTS: readonly PartKey[] = ['integra', 'dialPlan'] satisfies WholePart[];

/** The provisioned value of a whole part the config.json locks; undefined when not locked. */
export function lockedPart<K extends PartKey>(
  key: K,
  provisioning: Provisioning | undefined,
): Checked<K> | undefined {
  if (!WHOLE_PARTS.includes(key) || !isLocked(provisioning, key as WholePart)) return undefined;
  return provisionedPart(key, provisioning);
}

/** The part's provisioned value, for a user who stored none. */
export function provisionedPart<K extends PartKey>(
  key: K,
  provisioning: Provisioning | undefined,
): Checked<K> | undefined {
  if (!WHOLE_PARTS.includes(key)) return undefined;
  return provisioning?.[key as WholePart] as Checked<K> | undefined;
}

/**
 * An account's input (a draft, a file's account, a stored record) with the locked fields set to
 * their provisioned values, and a SIP address given without a domain completed with the
 * provisioned one; the account's checker then judges the result as usual.
 */
export function provisionedAccountInput(
  input: unknown,
  provisioning: Provisioning | undefined,
): unknown {
  if (!provisioning || !isRecord(input)) return input;
  const { pbxUrl, pbxUrl2, sipDomain, iceServers } = provisioning.account;
  const out: Record<string, unknown> = { ...input };
  if (isLocked(provisioning, 'account.pbxUrl')) out.url = pbxUrl;
  if (isLocked(provisioning, 'account.pbxUrl2')) out.url2 = pbxUrl2;
  if (isLocked(provisioning, 'account.iceServers')) out.iceServers = iceServers;
  const address = typeof out.sipAddress === 'string' ? out.sipAddress.trim() : undefined;
  if (sipDomain !== undefined && address !== undefined && address !== '') {
    const at = address.lastIndexOf('@');
    if (at < 0) out.sipAddress = `${address}@${sipDomain}`;
    else if (isLocked(provisioning, 'account.sipDomain')) {
      out.sipAddress = `${address.slice(0, at)}@${sipDomain}`;
    }
  }
  return out;
}
