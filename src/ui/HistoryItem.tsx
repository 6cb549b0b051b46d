// One row of the call history: direction, who, when, how long, how it ended, and redial.
import { Phone, PhoneIncoming, PhoneMissed, PhoneOutgoing, UserPlus } from 'lucide-react';
import { memo } from 'react';
import type { MessageKey } from '../i18n';
import { durationSeconds, type HistoryEntry } from '../storage/historyEntry';
import { addToContacts } from '../store/contactDraftStore';
import { formatDuration, formatTime } from './format';
import { HistoryRecording } from './HistoryRecording';
import { usePhoneActions } from './PhoneActions';
import { isolated, shownText } from './shownText';
import { useT } from './useT';

function directionKey(entry: HistoryEntry): MessageKey {
  if (entry.direction === 'outgoing') return 'outgoing';
  // Declined is not missed: the user saw the call and chose.
  return entry.endCause === 'missed' ? 'missed' : 'incoming';
}

interface Props {
  entry: HistoryEntry;
  /** Position in the whole list, from 0: the row is placed by it. */
  index: number;
  /** How many entries the list holds, -1 while more may load (ARIA's "unknown"). */
  setSize: number;
  rowHeight: number;
}

/** Memoised: scrolling re-renders the list, and rows that stay in view need not follow. */
export const HistoryItem = memo(function HistoryItem({ entry, index, setSize, rowHeight }: Props) {
  const t = useT();
  const { run } = usePhoneActions();
  const direction = directionKey(entry);
  const number = shownText(entry.number);
  const name = shownText(entry.name);
  const redial = t('history.redial', { number });
  return (
    <li
      className={direction}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      // Without a button to focus (no number to call), arrow keys focus the row itself.
      tabIndex={entry.number ? undefined : -1}
      style={{ top: index * rowHeight, height: rowHeight }}
    >
      <span className="direction">
        <DirectionIcon direction={direction} />
        <span className="word">{t(direction)}</span>
      </span>
      <span className="who">
        {/* bdi: a caller's bidi override cannot reorder the text around it. */}
        <strong>
          <bdi>{number}</bdi>
        </strong>
        {name && (
          <span className="name">
            {' '}
            <bdi>{name}</bdi>
          </span>
        )}
        {entry.extendedId && (
          <span className="extended-id"> {t('history.extendedId', { id: entry.extendedId })}</span>
        )}
      </span>
      <time dateTime={new Date(entry.startedAt).toISOString()}>{formatTime(entry.startedAt)}</time>
      {!entry.live && (
        <span className="duration">
          {formatDuration(durationSeconds(entry, entry.endedAt ?? entry.startedAt))}
        </span>
      )}
      {/* A missed call says so once, in its direction. */}
      {entry.endCause && entry.endCause !== 'missed' && (
        <span className="cause">{t(`cause.${entry.endCause}`)}</span>
      )}
      {entry.number && (
        <button
          type="button"
          className="add-contact"
          aria-label={t('history.addContact', { number })}
          title={t('history.addContact', { number: isolated(entry.number) })}
          onClick={() => addToContacts(entry.number, entry.name)}
        >
          <UserPlus aria-hidden="true" />
        </button>
      )}
      {entry.number && (
        <button
          type="button"
          className="redial"
          aria-label={redial}
          title={t('history.redial', { number: isolated(entry.number) })}
          onClick={() => void run('dial', { number: entry.number })}
        >
          <Phone aria-hidden="true" />
        </button>
      )}
      {!entry.live && <HistoryRecording entry={entry} />}
    </li>
  );
});

function DirectionIcon({ direction }: { direction: MessageKey }) {
  if (direction === 'missed') return <PhoneMissed aria-hidden="true" />;
  if (direction === 'outgoing') return <PhoneOutgoing aria-hidden="true" />;
  return <PhoneIncoming aria-hidden="true" />;
}
