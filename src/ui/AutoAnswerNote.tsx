// On a ringing call's card: the phone will answer it by itself, counting down the seconds. A timer
// role, not a live region: a screen reader reads it when asked, not every second.
import { useAutoAnswerStore } from '../store/autoAnswerStore';
import { useNow } from './useNow';
import { useT } from './useT';
import './autoAnswer.css';

export function AutoAnswerNote({ callId }: { callId: string }) {
  const at = useAutoAnswerStore((s) => (s.pending?.callId === callId ? s.pending.at : undefined));
  return at === undefined ? null : <Countdown at={at} />;
}

function Countdown({ at }: { at: number }) {
  const t = useT();
  const now = useNow(250, true);
  const seconds = Math.ceil((at - now) / 1000);
  return (
    <p role="timer" aria-label={t('autoAnswer.label')} className="auto-answer">
      {seconds > 0 ? t('autoAnswer.in', { seconds: String(seconds) }) : t('autoAnswer.now')}
    </p>
  );
}
