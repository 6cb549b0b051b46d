// The header: the app's name, the registration in words, and the way between the phone and its
// settings, and do not disturb. One line at every width: the name gives way first, then the
// status and the do-not-disturb words are cut short.
import { BookUser, Phone, Settings } from 'lucide-react';
import { type Screen, showScreen } from '../store/screenStore';
import { DoNotDisturbButton, DoNotDisturbState } from './DoNotDisturbButton';
import { ShortcutHelpButton } from './hotkeys/ShortcutHelpButton';
import { RegistrationStatus } from './RegistrationStatus';
import { useT } from './useT';

export function TopBar({ screen, missed }: { screen: Screen; missed: number }) {
  const t = useT();
  const home = screen === 'home';
  return (
    <header className="topbar">
      <h1>{t('appTitle')}</h1>
      <RegistrationStatus />
      <DoNotDisturbState />
      <nav aria-label={t('nav.label')}>
        <DoNotDisturbButton />
        <button
          type="button"
          className="icon"
          aria-current={home ? 'page' : undefined}
          onClick={() => showScreen('home')}
        >
          <Phone aria-hidden="true" />
          <span className="visually-hidden">
            {missed > 0
              ? `${t('nav.home')}, ${t('missed.badge', { count: String(missed) })}`
              : t('nav.home')}
          </span>
          {missed > 0 && (
            <span className="badge" aria-hidden="true">
              {missed}
            </span>
          )}
        </button>
        <button
          type="button"
          className="icon"
          aria-current={screen === 'contacts' ? 'page' : undefined}
          onClick={() => showScreen('contacts')}
        >
          <BookUser aria-hidden="true" />
          <span className="visually-hidden">{t('nav.contacts')}</span>
        </button>
        <button
          type="button"
          className="icon"
          aria-current={screen === 'settings' ? 'page' : undefined}
          onClick={() => showScreen('settings')}
        >
          <Settings aria-hidden="true" />
          <span className="visually-hidden">{t('nav.settings')}</span>
        </button>
        <ShortcutHelpButton />
      </nav>
    </header>
  );
}
