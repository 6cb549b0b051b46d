import { usePhoneStore } from '../store/phoneStore';
import { useT } from './useT';

export function RegistrationStatus() {
  const t = useT();
  const registration = usePhoneStore((s) => s.registration);
  const user = usePhoneStore((s) => s.account?.sipAddress.split('@')[0] ?? '');
  const text =
    registration.state === 'failed'
      ? t('reg.failed', {
          reason: registration.reason
            ? t(`fail.${registration.reason}`, { url: registration.url })
            : '',
        })
      : t(`reg.${registration.state}`, { user });
  return (
    <p
      role="status"
      aria-label={t('registration')}
      className={`registration ${registration.state}`}
    >
      <span className="dot" aria-hidden="true" />
      {text}
    </p>
  );
}
