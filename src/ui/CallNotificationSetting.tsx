// Whether incoming calls are shown as system notifications while the window is hidden. The
// browser's permission is asked only from this button's click (or when the account is saved).
import { useDeviceStore } from '../store/deviceStore';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function CallNotificationSetting() {
  const t = useT();
  const actions = usePhoneActions();
  const permission = useDeviceStore((s) => s.notifications);
  return (
    <section aria-labelledby="notify-title" className="call-notifications">
      <h3 id="notify-title">{t('notify.title')}</h3>
      {permission === 'default' ? (
        <button type="button" onClick={() => void actions.allowNotifications()}>
          {t('notify.allow')}
        </button>
      ) : (
        <p className="hint">{t(`notify.${permission}`)}</p>
      )}
    </section>
  );
}
