import { type FormEvent, useRef, useState } from 'react';
import { type AccountDraft, accountInput, draftFrom } from '../phone/account';
import { usePhoneStore } from '../store/phoneStore';
import { isLocked, prefilledDraft, useProvisioningStore } from '../store/provisioningStore';
import { Checkbox } from './Checkbox';
import { Field } from './Field';
import { usePhoneActions } from './PhoneActions';
import { useSettingsActions } from './SettingsActions';
import { accountRefusalText } from './saveOutcomeText';
import { useT } from './useT';

export function AccountForm({ onSaved }: { onSaved(): void }) {
  const t = useT();
  const actions = usePhoneActions();
  const settings = useSettingsActions();
  const account = usePhoneStore((s) => s.account);
  // The administrator's config.json: prefilled and locked fields (read once, at start).
  const provisioning = useProvisioningStore((s) => s.provisioning);
  const locked = (field: Parameters<typeof isLocked>[1]) => isLocked(provisioning, field);
  const domain = provisioning?.account.sipDomain;
  const [draft, setDraft] = useState<AccountDraft>(() =>
    prefilledDraft(draftFrom(account), provisioning),
  );
  // The stored account the draft was made from. When it changes under the form (an applied
  // autoconfiguration link, an import), the form shows the new one: saving the old draft would
  // bring the old account back.
  const [base, setBase] = useState(account);
  const [replaced, setReplaced] = useState<'' | 'accountReplaced' | 'accountReplacedEdits'>('');
  // Why the last save was refused (a live call, a failed write); the draft stays as typed.
  const [failure, setFailure] = useState('');
  const saving = useRef(false);
  if (account !== base) {
    setBase(account);
    setDraft(prefilledDraft(draftFrom(account), provisioning));
    const edited =
      JSON.stringify(draft) !== JSON.stringify(prefilledDraft(draftFrom(base), provisioning));
    setReplaced(saving.current ? '' : edited ? 'accountReplacedEdits' : 'accountReplaced');
  }
  const set = (key: keyof AccountDraft) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    saving.current = true;
    try {
      const result = await settings.save('account', accountInput(draft), {
        // Saving is a click: the moment to ask for incoming-call notifications (never at load).
        accepted: () => void actions.allowNotifications(),
      });
      setFailure(accountRefusalText(t, result));
      if (result.ok) onSaved();
    } finally {
      saving.current = false;
    }
  };

  return (
    <form aria-label={t('account')} className="account" onSubmit={submit}>
      <h2>{t('account')}</h2>
      {replaced && <p role="status">{t(replaced)}</p>}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <Field
        label={t('sipAddress')}
        value={draft.sipAddress}
        onChange={set('sipAddress')}
        autoComplete="username"
        hint={domain && t('provisioning.userOnly', { domain })}
      />
      <Field
        label={t('authorizationUser')}
        value={draft.authorizationUser}
        onChange={set('authorizationUser')}
      />
      <Field
        label={t('password')}
        type="password"
        value={draft.password}
        onChange={set('password')}
        autoComplete="current-password"
      />
      <Checkbox
        label={t('passwordIsHa1')}
        checked={draft.passwordIsHa1 ?? false}
        onChange={(checked) => setDraft((d) => ({ ...d, passwordIsHa1: checked }))}
      />
      <Field label={t('extension')} value={draft.extension} onChange={set('extension')} />
      <Field label={t('displayName')} value={draft.displayName} onChange={set('displayName')} />
      <Field
        label={t('pbxUrl')}
        type="url"
        value={draft.url}
        onChange={set('url')}
        locked={locked('account.pbxUrl')}
      />
      <Field
        label={t('pbxUrl2')}
        type="url"
        value={draft.url2}
        onChange={set('url2')}
        locked={locked('account.pbxUrl2')}
      />
      <Field
        label={t('extendedIdHeader')}
        value={draft.extendedIdHeader ?? ''}
        onChange={set('extendedIdHeader')}
      />
      <Checkbox
        label={t('otherDomains')}
        checked={draft.otherDomains ?? false}
        onChange={(checked) => setDraft((d) => ({ ...d, otherDomains: checked }))}
      />
      <Field
        label={t('iceServers')}
        value={draft.iceServers}
        onChange={set('iceServers')}
        hint={t('iceServersHint')}
        multiline
        locked={locked('account.iceServers')}
      />
      <div className="buttons">
        <button type="submit" className="primary">
          {t('saveAndRegister')}
        </button>
        <button type="button" onClick={() => actions.unregister()}>
          {t('unregister')}
        </button>
      </div>
    </form>
  );
}
