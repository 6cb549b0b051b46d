// The phone itself: what is wrong with the registration (if anything), the dial box with its pad,
// the live calls and the history. On a wide screen the history stands beside the calls.
import { CircleAlert } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { usePhoneStore } from '../store/phoneStore';
import { usePresenceStore } from '../store/presenceStore';
import { showScreen } from '../store/screenStore';
import { CallList } from './CallList';
import { DialBox } from './DialBox';
import { HistoryList } from './HistoryList';
import { useT } from './useT';

const Colleagues = lazy(() => import('./Colleagues'));

export function Home() {
  return (
    <div className="home">
      <div className="phone-column">
        <RegistrationProblem />
        <DialBox />
        <CallList />
        <ColleaguesIfAny />
      </div>
      <HistoryList />
    </div>
  );
}

/** The failed registration's way to its fix: the header says why, this opens the account. */
function RegistrationProblem() {
  const t = useT();
  const failed = usePhoneStore((s) => s.registration.state === 'failed');
  if (!failed) return null;
  return (
    <div className="registration-problem">
      <CircleAlert aria-hidden="true" />
      <span>{t('home.registrationProblem')}</span>
      <button type="button" onClick={() => showScreen('settings')}>
        {t('home.openAccount')}
      </button>
    </div>
  );
}

/** The colleagues panel and its code only once the setting names someone or a mailbox. */
function ColleaguesIfAny() {
  const any = usePresenceStore(
    (s) => !!(s.settings.watched[0] || s.settings.voicemailNumber || s.voicemail),
  );
  return any ? (
    <Suspense>
      <Colleagues />
    </Suspense>
  ) : null;
}
