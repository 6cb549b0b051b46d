// The registration in words, always visible: registered (on which PBX), connecting, reconnecting
// with its next try, network down, or failed with the reason.

import type { Translate } from '../i18n';
import type { RegistrationChange } from '../phone/sipPort';
import { usePhoneStore } from '../store/phoneStore';
import { useNow } from './useNow';
import { useT } from './useT';

export function RegistrationStatus() {
  const t = useT();
  const registration = usePhoneStore((s) => s.registration);
  const user = usePhoneStore((s) => s.account?.sipAddress.split('@')[0] ?? '');
  const now = useNow(1000, registration.detail?.kind === 'reconnecting');
  const text = registrationText(registration, user, t);
  const detail = registration.detail;
  const nextTry =
    registration.state === 'failed' && detail?.kind === 'reconnecting'
      ? t('reg.nextTry', {
          seconds: String(Math.max(0, Math.ceil((detail.retryAt - now) / 1000))),
        })
      : '';
  // In the header it may be cut short: the title shows the whole of it on hover. The countdown
  // is outside the live status, which would otherwise be read out every second.
  return (
    <div
      className={`registration ${registration.state}`}
      title={nextTry ? `${text} ${nextTry}` : text}
    >
      <span className="dot" aria-hidden="true" />
      <p role="status" aria-label={t('registration')} className="text">
        {text}
      </p>
      {nextTry && <span className="next-try">{nextTry}</span>}
    </div>
  );
}

function registrationText(r: RegistrationChange, user: string, t: Translate): string {
  const detail = r.detail;
  if (detail?.kind === 'network-offline') return t('reg.networkOffline');
  if (detail?.kind === 'registered' && detail.backup) {
    return t('reg.registeredBackup', { user, url: detail.url });
  }
  if (r.state !== 'failed') return t(`reg.${r.state}`, { user });
  const reason = r.reason ? t(`fail.${r.reason}`, { url: r.url }) : '';
  if (detail?.kind !== 'reconnecting') return t('reg.failed', { reason });
  return t('reg.reconnecting', { reason, attempt: String(detail.attempt) });
}
