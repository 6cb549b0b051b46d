// The administrator's config.json, checked (settings/provisioning.ts): what the forms prefill and
// lock, and what the settings service keeps. Undefined when the deployment has none.
import { create } from 'zustand';
import type { AccountDraft } from '../phone/account';
import type { Lockable, Provisioning } from '../settings/provisioning';

export interface ProvisioningState {
  provisioning: Provisioning | undefined;
}

export const useProvisioningStore = create<ProvisioningState>(() => ({
  provisioning: undefined,
}));

export function isLocked(provisioning: Provisioning | undefined, field: Lockable): boolean {
  return provisioning?.locked.includes(field) ?? false;
}

/**
 * A form's draft with the provisioned account fields: a locked one always, the others only in
 * the draft of a new account, where they are the starting values.
 */
export function prefilledDraft(
  draft: AccountDraft,
  provisioning: Provisioning | undefined,
): AccountDraft {
  if (!provisioning) return draft;
  const fresh = draft.sipAddress === '' && draft.url === '';
  const { pbxUrl, pbxUrl2, iceServers } = provisioning.account;
  const take = (field: Lockable, value: string | undefined, own: string) =>
    value !== undefined && (fresh || isLocked(provisioning, field)) ? value : own;
  return {
    ...draft,
    url: take('account.pbxUrl', pbxUrl, draft.url),
    url2: take('account.pbxUrl2', pbxUrl2, draft.url2),
    iceServers: take('account.iceServers', iceServers?.join('\n'), draft.iceServers),
  };
}
