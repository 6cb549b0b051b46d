import { durationSeconds, type HistoryEntry } from '../storage/historyEntry';
import { usePhoneStore } from '../store/phoneStore';
import { formatDuration } from './format';
import type { MessageKey } from './i18n';
import { useT } from './useT';

function directionKey(entry: HistoryEntry): MessageKey {
  if (entry.direction === 'outgoing') return 'outgoing';
  return entry.answeredAt === undefined && !entry.live ? 'missed' : 'incoming';
}

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
            <li key={entry.callId} className={directionKey(entry)}>
              <span className="direction">{t(directionKey(entry))}</span>
              <span className="who">
                <strong>{entry.number}</strong>
                {entry.name && <span className="name"> {entry.name}</span>}
              </span>
              <time dateTime={new Date(entry.startedAt).toISOString()}>
                {new Date(entry.startedAt).toLocaleString()}
              </time>
              <span className="duration">
                {formatDuration(durationSeconds(entry, entry.endedAt ?? entry.startedAt))}
              </span>
              {entry.endCause && <span className="cause">{t(`cause.${entry.endCause}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
