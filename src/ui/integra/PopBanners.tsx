// CRM pops the browser blocked: each stays here until the user opens or dismisses it.
import { useIntegraStore } from '../../store/integraStore';
import { useT } from '../useT';
import { useIntegraActions } from './IntegraActions';

export function PopBanners() {
  const t = useT();
  const actions = useIntegraActions();
  const pops = useIntegraStore((s) => s.blockedPops);
  if (pops.length === 0) return null;
  return (
    <div className="pop-banners">
      {pops.map((pop) => (
        <div key={pop.id} role="alert" className="notice">
          <span>{t('integra.popBanner', { rule: pop.rule, number: pop.remoteNumber })}</span>
          <button type="button" className="primary" onClick={() => actions.openBlockedPop(pop.id)}>
            {t('integra.openPop')}
          </button>
          <button type="button" onClick={() => actions.dismissBlockedPop(pop.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
