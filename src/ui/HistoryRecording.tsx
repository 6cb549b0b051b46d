// A history row's recording: an icon and a word when the call has one; pressed, it opens the
// recording's dialog (play, download, delete). Nothing for a call without one.
import { FileAudio } from 'lucide-react';
import { useState } from 'react';
import type { HistoryEntry } from '../storage/historyEntry';
import { useRecordingStore } from '../store/recordingStore';
import { RecordingDialog } from './RecordingDialog';
import { shownText } from './shownText';
import { useT } from './useT';
import './recording.css';

export function HistoryRecording({ entry }: { entry: HistoryEntry }) {
  const t = useT();
  const saved = useRecordingStore((s) => s.saved.has(entry.callId));
  const [open, setOpen] = useState(false);
  if (!saved) return null;
  const label = t('recording.open', { number: shownText(entry.number) });
  return (
    <>
      <button
        type="button"
        className="history-recording"
        aria-label={label}
        title={label}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <FileAudio aria-hidden="true" />
        <span className="word">{t('recording.inHistory')}</span>
      </button>
      {open && <RecordingDialog entry={entry} onClose={() => setOpen(false)} />}
    </>
  );
}
