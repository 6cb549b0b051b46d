import { memo } from 'react';
import { durationSeconds, type HistoryEntry } from '../storage/historyEntry';
import { formatDuration, formatTime } from './format';
import type { MessageKey } from './i18n';
import { useT } from './useT';

function directionKey(entry: HistoryEntry): MessageKey {
  if (entry.direction === 'outgoing') return 'outgoing';
  // Declined is not missed: the user saw the call and chose.
  return entry.endCause === 'missed' ? 'missed' : 'incoming';
}

/** One history entry; memoised, since a call event changes one entry and the list can be long. */
export const HistoryItem = memo(function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const t = useT();
  const direction = directionKey(entry);
  return (
    <li className={direction}>
      <span className="direction">{t(direction)}</span>
      <span className="who">
        <strong>{entry.number}</strong>
        {entry.name && <span className="name"> {entry.name}</span>}
      </span>
      <time dateTime={new Date(entry.startedAt).toISOString()}>{formatTime(entry.startedAt)}</time>
      {!entry.live && (
        <span className="duration">
          {formatDuration(durationSeconds(entry, entry.endedAt ?? entry.startedAt))}
        </span>
      )}
      {entry.endCause && <span className="cause">{t(`cause.${entry.endCause}`)}</span>}
    </li>
  );
});
