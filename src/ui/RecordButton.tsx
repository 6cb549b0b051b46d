// The Record toggle of a live call: pressed while the call records; once a recording of the call
// is stored it says so and stays off (one recording per call: a second MediaRecorder stream
// cannot be joined to the first into one playable file).
import { Circle, CircleCheck } from 'lucide-react';
import { useRecordingStore } from '../store/recordingStore';
import { useRecordingActions } from './RecordingActions';
import { useT } from './useT';

export function RecordButton({ callId }: { callId: string }) {
  const t = useT();
  const recordings = useRecordingActions();
  const live = useRecordingStore((s) => s.live[callId] !== undefined);
  const saved = useRecordingStore((s) => s.saved.has(callId));
  if (saved && !live) {
    return (
      <button type="button" className="toggle record" aria-pressed={false} disabled>
        <CircleCheck aria-hidden="true" />
        {t('recording.recorded')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="toggle record"
      aria-pressed={live}
      onClick={() => void recordings.toggle(callId)}
    >
      <Circle aria-hidden="true" />
      {t('recording.record')}
    </button>
  );
}
