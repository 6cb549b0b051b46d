// One stored recording: an audio player, Download under a name from date, time and number, and
// Delete after a confirmation. The audio is an object URL made on open and revoked on close.
import { useEffect, useId, useRef, useState } from 'react';
import { errorReason } from '../storage/history';
import type { HistoryEntry } from '../storage/historyEntry';
import { recordingFileName } from '../storage/recordingFile';
import type { RecordingInfo } from '../storage/recordings';
import { formatDuration, formatTime } from './format';
import { ModalDialog } from './ModalDialog';
import { useRecordingActions } from './RecordingActions';
import { shownText } from './shownText';
import { useT } from './useT';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; info: RecordingInfo; url: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

interface Props {
  entry: HistoryEntry;
  onClose(): void;
}

export function RecordingDialog({ entry, onClose }: Props) {
  const t = useT();
  const recordings = useRecordingActions();
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    let url = '';
    let gone = false;
    recordings
      .read(entry.callId)
      .then((stored) => {
        if (gone) return;
        if (!stored) return setLoaded({ state: 'missing' });
        url = URL.createObjectURL(stored.audio);
        setLoaded({ state: 'ready', info: stored.info, url });
      })
      .catch((error: unknown) => {
        if (!gone) setLoaded({ state: 'failed', reason: errorReason(error) });
      });
    return () => {
      gone = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [recordings, entry.callId]);

  const remove = async () => {
    try {
      await recordings.remove(entry.callId);
      onClose();
    } catch (error) {
      setFailure(t('recording.deleteFailed', { reason: errorReason(error) }));
    }
  };

  const number = shownText(entry.number);
  return (
    <ModalDialog
      labelledBy={titleId}
      className="recording-dialog"
      onClose={onClose}
      initialFocus={close}
    >
      <h2 id={titleId}>
        {t('recording.dialogTitle', { number, time: formatTime(entry.startedAt) })}
      </h2>
      {loaded.state === 'loading' && <p aria-live="polite">{t('recording.loading')}</p>}
      {loaded.state === 'missing' && <p role="alert">{t('recording.missing')}</p>}
      {loaded.state === 'failed' && (
        <p role="alert">{t('recording.readFailed', { reason: loaded.reason })}</p>
      )}
      {loaded.state === 'ready' && (
        <>
          <p className="hint">
            {t('recording.details', {
              duration: formatDuration(loaded.info.durationMs / 1000),
              size: megabytes(loaded.info.size),
            })}
          </p>
          {/* biome-ignore lint/a11y/useMediaCaption: a call recording has no captions to offer */}
          <audio controls src={loaded.url} aria-label={t('recording.open', { number })} />
        </>
      )}
      {failure && <p role="alert">{failure}</p>}
      {confirming ? (
        <div className="actions">
          <p role="alert">{t('recording.confirmDelete')}</p>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('recording.deleteYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('recording.deleteNo')}
          </button>
        </div>
      ) : (
        <div className="actions">
          {loaded.state === 'ready' && (
            <a
              className="button"
              href={loaded.url}
              download={recordingFileName(entry.startedAt, entry.number, loaded.info.mimeType)}
            >
              {t('recording.download')}
            </a>
          )}
          {loaded.state !== 'missing' && (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('recording.delete')}
            </button>
          )}
          <button ref={close} type="button" onClick={onClose}>
            {t('recording.close')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
