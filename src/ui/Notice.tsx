import { usePhoneStore } from '../store/phoneStore';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function Notice() {
  const t = useT();
  const actions = usePhoneActions();
  const notice = usePhoneStore((s) => s.notice);
  if (notice === '') return null;
  return (
    <div role="alert" className="notice">
      <span>{notice}</span>
      <button type="button" onClick={() => actions.dismissNotice()}>
        {t('dismiss')}
      </button>
    </div>
  );
}
