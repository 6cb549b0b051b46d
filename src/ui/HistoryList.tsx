import { usePhoneStore } from '../store/phoneStore';
import { HistoryItem } from './HistoryItem';
import { useT } from './useT';

export function HistoryList() {
  const t = useT();
  const history = usePhoneStore((s) => s.history);
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      {history.length === 0 ? (
        <p className="empty">{t('historyEmpty')}</p>
      ) : (
        <ul aria-label={t('history')}>
          {history.map((entry) => (
            <HistoryItem key={entry.callId} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
