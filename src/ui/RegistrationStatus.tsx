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
  const text = registrationText(registration, user, now, t);
  // In the header it may be cut short: the title shows the whole of it on hover.
  return (
    <p
      role="status"
      aria-label={t('registration')}
      className={`registration ${registration.state}`}
      title={text}
    >
      <span className="dot" aria-hidden="true" />
      <span className="text">{text}</span>
    </p>
  );
}

function registrationText(r: RegistrationChange, user: string, now: number, t: Translate): string {
  const detail = r.detail;
  if (detail?.kind === 'network-offline') return t('reg.networkOffline');
  if (detail?.kind === 'registered' && detail.backup) {
    return t('reg.registeredBackup', { user, url: detail.url });
  }
  if (r.state !== 'failed') return t(`reg.${r.state}`, { user });
  const reason = r.reason ? t(`fail.${r.reason}`, { url: r.url }) : '';
  if (detail?.kind !== 'reconnecting') return t('reg.failed', { reason });
  const seconds = Math.max(0, Math.ceil((detail.retryAt - now) / 1000));
  return t('reg.reconnecting', {
    reason,
    attempt: String(detail.attempt),
    seconds: String(seconds),
  });
}
