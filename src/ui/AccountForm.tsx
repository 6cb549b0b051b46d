// The account: SIP address, password and PBX URL in front, the rest under "Advanced". The same
// form is the first-run setup and the settings' account section. After "Save and register" it
// stays open, saying how the registration went, and goes to the phone once it is registered.
import { ChevronDown } from 'lucide-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type AccountDraft,
  accountInput,
  DEFAULT_RECONNECT_LIMIT_S,
  draftFrom,
} from '../phone/account';
import { usePhoneStore } from '../store/phoneStore';
import { isLocked, prefilledDraft, useProvisioningStore } from '../store/provisioningStore';
import { showScreen } from '../store/screenStore';
import { Checkbox } from './Checkbox';
import { DtmfMethodSelect } from './DtmfMethodSelect';
import { Field } from './Field';
import { usePhoneActions } from './PhoneActions';
import { RegistrationOutcome } from './RegistrationOutcome';
import { useSettingsActions } from './SettingsActions';
import { accountRefusalText } from './saveOutcomeText';
import { useT } from './useT';

/**
 * Whether the stored account uses a field under "Advanced" that changes how it registers or
 * calls (not the extension or the display name, which most accounts have): then it opens.
 */
function usesAdvanced(draft: AccountDraft): boolean {
  return (
    draft.authorizationUser !== '' ||
    draft.url2 !== '' ||
    draft.iceServers !== '' ||
    (draft.extendedIdHeader ?? '') !== '' ||
    draft.passwordIsHa1 === true ||
    draft.otherDomains === true ||
    (draft.dtmf ?? 'info') !== 'info' ||
    draft.relayOnly === true ||
    (draft.reconnectLimit ?? '') !== ''
  );
}

export function AccountForm({ mode }: { mode: 'setup' | 'settings' }) {
  const t = useT();
  const actions = usePhoneActions();
  const settings = useSettingsActions();
  const account = usePhoneStore((s) => s.account);
  const registered = usePhoneStore((s) => s.registration.state === 'registered');
  // The administrator's config.json: prefilled and locked fields (read once, at start).
  const provisioning = useProvisioningStore((s) => s.provisioning);
  const locked = (field: Parameters<typeof isLocked>[1]) => isLocked(provisioning, field);
  const domain = provisioning?.account.sipDomain;
  const [draft, setDraft] = useState<AccountDraft>(() =>
    prefilledDraft(draftFrom(account), provisioning),
  );
  // Open when the stored account uses any field under it; prefilled values do not count.
  const [advanced, setAdvanced] = useState(() => usesAdvanced(draftFrom(account)));
  const advancedId = useId();
  // The stored account the draft was made from. When it changes under the form (an applied
  // autoconfiguration link, an import), the form shows the new one: saving the old draft would
  // bring the old account back.
  const [base, setBase] = useState(account);
  const [replaced, setReplaced] = useState<'' | 'accountReplaced' | 'accountReplacedEdits'>('');
  // Why the last save was refused (a live call, a failed write); the draft stays as typed.
  const [failure, setFailure] = useState('');
  // Saved and registering: the outcome shows, and a registration sends the user to the phone.
  const [submitted, setSubmitted] = useState(false);
  const saving = useRef(false);
  if (account !== base) {
    setBase(account);
    setDraft(prefilledDraft(draftFrom(account), provisioning));
    const edited =
      JSON.stringify(draft) !== JSON.stringify(prefilledDraft(draftFrom(base), provisioning));
    setReplaced(saving.current ? '' : edited ? 'accountReplacedEdits' : 'accountReplaced');
  }
  useEffect(() => {
    if (submitted && registered) showScreen('home');
  }, [submitted, registered]);
  const set = (key: keyof AccountDraft) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    saving.current = true;
    setSubmitted(false);
    // The setup stays on screen while it registers, even though an account now exists.
    if (mode === 'setup') showScreen('setup');
    try {
      const result = await settings.save('account', accountInput(draft), {
        // Saving is a click: the moment to ask for incoming-call notifications (never at load).
        accepted: () => void actions.allowNotifications(),
      });
      setFailure(accountRefusalText(t, result));
      setSubmitted(result.ok);
    } finally {
      saving.current = false;
    }
  };

  return (
    <form aria-label={t('account')} className="account" onSubmit={submit}>
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
        label={t('password')}
        type="password"
        value={draft.password}
        onChange={set('password')}
        autoComplete="current-password"
      />
      <Field
        label={t('pbxUrl')}
        type="url"
        value={draft.url}
        onChange={set('url')}
        locked={locked('account.pbxUrl')}
      />
      <button
        type="button"
        className="disclosure"
        aria-expanded={advanced}
        aria-controls={advancedId}
        onClick={() => setAdvanced((open) => !open)}
      >
        <ChevronDown aria-hidden="true" className="chevron" />
        {t('account.advanced')}
      </button>
      <div id={advancedId} className="advanced" hidden={!advanced}>
        <Field
          label={t('authorizationUser')}
          value={draft.authorizationUser}
          onChange={set('authorizationUser')}
        />
        <Checkbox
          label={t('passwordIsHa1')}
          checked={draft.passwordIsHa1 ?? false}
          onChange={(checked) => setDraft((d) => ({ ...d, passwordIsHa1: checked }))}
        />
        <Field label={t('extension')} value={draft.extension} onChange={set('extension')} />
        <Field label={t('displayName')} value={draft.displayName} onChange={set('displayName')} />
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
        <DtmfMethodSelect
          value={draft.dtmf ?? 'info'}
          onChange={(dtmf) => setDraft((d) => ({ ...d, dtmf }))}
        />
        <Field
          label={t('iceServers')}
          value={draft.iceServers}
          onChange={set('iceServers')}
          hint={t('iceServersHint')}
          multiline
          locked={locked('account.iceServers')}
        />
        <Checkbox
          label={t('relayOnly')}
          checked={draft.relayOnly ?? false}
          onChange={(checked) => setDraft((d) => ({ ...d, relayOnly: checked }))}
        />
        <Field
          label={t('reconnectLimit')}
          value={draft.reconnectLimit ?? ''}
          onChange={set('reconnectLimit')}
          hint={t('reconnectLimitHint', { seconds: String(DEFAULT_RECONNECT_LIMIT_S) })}
          type="number"
        />
      </div>
      {submitted && <RegistrationOutcome />}
      <div className="buttons">
        <button type="submit" className="primary">
          {t('saveAndRegister')}
        </button>
        {mode === 'settings' && account && (
          <button type="button" onClick={() => actions.unregister()}>
            {t('unregister')}
          </button>
        )}
      </div>
    </form>
  );
}
