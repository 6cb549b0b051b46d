// What became of a link this window handed to the window with the phone, for a window opened
// only to deliver it (a bookmarklet, `?uri=`), which then closes or may be closed.
import { usePhoneStore } from '../store/phoneStore';
import { useT } from './useT';

export function LinkDelivery() {
  const t = useT();
  const delivery = usePhoneStore((s) => s.delivery);
  if (!delivery) return null;
  const failed = delivery.outcome !== 'done' || !delivery.ok;
  const text =
    delivery.outcome === 'done'
      ? delivery.ok
        ? `${t('delivery.done')} ${delivery.message}`
        : delivery.message
      : t(delivery.outcome === 'unanswered' ? 'delivery.unanswered' : 'delivery.noResult');
  const after = { closing: t('delivery.closing'), 'may-close': t('delivery.mayClose'), stays: '' };
  return (
    <div role={failed ? 'alert' : 'status'} className="link-delivery">
      <p>{text}</p>
      {after[delivery.after] !== '' && <p>{after[delivery.after]}</p>}
    </div>
  );
}
