// The voicemail light: lit with the count of new messages while the mailbox says some wait, and
// the button that dials the mailbox (the colleagues setting's number), when there is one.
import { usePresenceStore } from '../store/presenceStore';
import { usePhoneActions } from './PhoneActions';
import { useT } from './useT';

export function Voicemail() {
  const t = useT();
  const { run } = usePhoneActions();
  const number = usePresenceStore((s) => s.settings.voicemailNumber);
  const waiting = usePresenceStore((s) => (s.voicemail?.waiting ? s.voicemail.newMessages : 0));
  const lit = usePresenceStore((s) => s.voicemail?.waiting === true);
  if (number === '' && !lit) return null;
  const status = lit ? t('voicemail.waiting', { count: String(waiting) }) : t('voicemail.none');
  return (
    <div className={`voicemail${lit ? ' lit' : ''}`}>
      <span className="light" aria-hidden="true" />
      <span role="status" className="voicemail-status">
        {status}
      </span>
      {number !== '' && (
        <button
          type="button"
          aria-label={`${t('voicemail.button')}, ${status}`}
          onClick={() => void run('dial', { number })}
        >
          {t('voicemail.button')}
          {lit && <span className="count">{waiting}</span>}
        </button>
      )}
    </div>
  );
}
