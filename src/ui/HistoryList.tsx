import { useDeferredValue } from 'react';
import { usePhoneStore } from '../store/phoneStore';
import { HistoryItem } from './HistoryItem';
import { useT } from './useT';

export function HistoryList() {
  const t = useT();
  // Deferred: a call event updates the history during call setup, and re-rendering the list
  // then must yield to the SIP and media work rather than hold the main thread.
  const history = useDeferredValue(usePhoneStore((s) => s.history));
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
