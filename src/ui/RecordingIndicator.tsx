// While a call records: a red dot, "Recording" and how long, on the call's card. The words are
// a polite status, said once when recording starts; the time is a timer a screen reader reads
// only when asked, not every second.
import { useRecordingStore } from '../store/recordingStore';
import { formatDuration } from './format';
import { useNow } from './useNow';
import { useT } from './useT';
import './recording.css';

export function RecordingIndicator({ callId }: { callId: string }) {
  const t = useT();
  const since = useRecordingStore((s) => s.live[callId]);
  const now = useNow(1000, since !== undefined);
  return (
    <p className="recording-indicator">
      {/* Always in the page, so that its words appearing are announced. */}
      <span role="status" aria-live="polite">
        {since !== undefined && (
          <>
            <span className="recording-dot" aria-hidden="true" />
            {t('recording.on')}
          </>
        )}
      </span>
      {since !== undefined && (
        <span role="timer" aria-label={t('recording.time')} className="recording-time">
          {formatDuration(Math.max(0, now - since) / 1000)}
        </span>
      )}
    </p>
  );
}
