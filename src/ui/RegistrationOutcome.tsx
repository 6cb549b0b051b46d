// What became of "Save and register", said in the form that was saved: registering, registered,
// or failed with the reason and what to check. The form stays open until it is registered.
import type { RegistrationChange } from '../phone/sipPort';
import { usePhoneStore } from '../store/phoneStore';
import { useT } from './useT';

export function RegistrationOutcome() {
  const t = useT();
  const registration = usePhoneStore((s) => s.registration);
  const user = usePhoneStore((s) => s.account?.sipAddress.split('@')[0] ?? '');
  if (registration.state === 'failed') {
    return (
      <div role="alert" className="outcome failed">
        <p>{t('outcome.failed', { reason: reasonText(registration, t) })}</p>
        {registration.reason && <p className="hint">{t(`check.${registration.reason}`)}</p>}
      </div>
    );
  }
  return (
    <p role="status" className={`outcome ${registration.state}`}>
      {registration.state === 'registered'
        ? t('outcome.registered', { user })
        : t('outcome.registering')}
    </p>
  );
}

function reasonText(r: RegistrationChange, t: ReturnType<typeof useT>): string {
  return r.reason ? t(`fail.${r.reason}`, { url: r.url }) : t('cause.failed');
}
