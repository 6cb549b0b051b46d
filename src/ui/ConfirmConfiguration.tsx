// The confirmation of an autoconfiguration link: what would change (user, extension, PBX), and
// nothing applied until "Apply". A link is outside input; this dialog is the user's say.
import { useEffect, useId, useRef, useState } from 'react';
import { usePhoneStore } from '../store/phoneStore';
import { Checkbox } from './Checkbox';
import { ModalDialog } from './ModalDialog';
import { usePhoneActions } from './PhoneActions';
import { accountRefusalText } from './saveOutcomeText';
import { useT } from './useT';

/** Loaded when a link asks (App renders it only while one waits). */
export default function ConfirmConfiguration() {
  const t = useT();
  const actions = usePhoneActions();
  const pending = usePhoneStore((s) => s.pendingConfiguration);
  const currentHa1 = usePhoneStore((s) => s.account?.passwordIsHa1 === true);
  const [ha1, setHa1] = useState(currentHa1);
  const [busy, setBusy] = useState(false);
  // Why Apply was refused (a live call): the configuration stays here, to apply after the call.
  const [failure, setFailure] = useState('');
  const titleId = useId();
  const cancel = useRef<HTMLButtonElement>(null);

  // Each new link starts from the account's own setting, and from Cancel: Enter must not apply.
  useEffect(() => {
    if (!pending) return;
    setHa1(currentHa1);
    setFailure('');
    cancel.current?.focus();
  }, [pending, currentHa1]);

  if (!pending) return null;

  const apply = async () => {
    setBusy(true);
    try {
      const result = await actions.applyConfiguration(ha1);
      setFailure(accountRefusalText(t, result));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog
      labelledBy={titleId}
      className="confirm-configuration"
      onClose={() => actions.cancelConfiguration()}
      initialFocus={cancel}
    >
      <h2 id={titleId}>{t('configure.title')}</h2>
      <p>{t('configure.intro')}</p>
      <dl>
        <dt>{t('configure.user')}</dt>
        <dd>{`${pending.user}@${pending.domain}`}</dd>
        <dt>{t('configure.extension')}</dt>
        <dd>{pending.extension}</dd>
        <dt>{t('configure.pbx')}</dt>
        <dd>{pending.url}</dd>
        {pending.url2 !== '' && (
          <>
            <dt>{t('configure.pbx2')}</dt>
            <dd>{pending.url2}</dd>
          </>
        )}
      </dl>
      <Checkbox label={t('configure.ha1')} checked={ha1} onChange={setHa1} />
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
          {t('configure.apply')}
        </button>
        <button ref={cancel} type="button" onClick={() => actions.cancelConfiguration()}>
          {t('configure.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
