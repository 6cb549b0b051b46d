// Shown when another window of the app holds the phone: this one has no registration, and can
// take it over ("Use this window").
import { usePhoneStore } from '../store/phoneStore';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function PhoneElsewhere() {
  const t = useT();
  const actions = usePhoneActions();
  const elsewhere = usePhoneStore((s) => s.phoneWindow === 'elsewhere');
  if (!elsewhere) return null;
  return (
    <div role="status" className="phone-elsewhere">
      <span>{t('phoneWindow.elsewhere')}</span>
      <button type="button" onClick={() => actions.takePhone()}>
        {t('phoneWindow.take')}
      </button>
    </div>
  );
}
