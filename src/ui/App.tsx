import { lazy, Suspense, useState } from 'react';
import { usePhoneStore } from '../store/phoneStore';
import { CallList } from './CallList';
import { ConfirmConfiguration } from './ConfirmConfiguration';
import { DialBox } from './DialBox';
import { HistoryList } from './HistoryList';
import { ShortcutHelpButton } from './hotkeys/ShortcutHelpButton';
import { ShortcutHelpDialog } from './hotkeys/ShortcutHelpDialog';
import { PopBanners } from './integra/PopBanners';
import { LinkDelivery } from './LinkDelivery';
import { Notice } from './Notice';
import { PhoneElsewhere } from './PhoneElsewhere';
import { RegistrationStatus } from './RegistrationStatus';
import { UpdateBanner } from './UpdateBanner';
import { useT } from './useT';
import { useWindowTitle } from './useWindowTitle';

const SettingsPanel = lazy(() => import('./SettingsPanel'));

export function App() {
  const t = useT();
  const hasAccount = usePhoneStore((s) => s.account !== undefined);
  const [settingsOpen, setSettingsOpen] = useState(!hasAccount);
  useWindowTitle();

  return (
    <div className="app">
      <header>
        <h1>{t('appTitle')}</h1>
        <RegistrationStatus />
        <button
          type="button"
          aria-expanded={settingsOpen}
          aria-controls="settings"
          onClick={() => setSettingsOpen((open) => !open)}
        >
          {t('settings')}
        </button>
        <ShortcutHelpButton />
      </header>
      <ShortcutHelpDialog />
      <Notice />
      <PhoneElsewhere />
      <LinkDelivery />
      <ConfirmConfiguration />
      <UpdateBanner />
      <PopBanners />
      {settingsOpen && (
        <Suspense fallback={<p id="settings">{t('loading')}</p>}>
          <SettingsPanel onSaved={() => setSettingsOpen(false)} />
        </Suspense>
      )}
      <main>
        <DialBox />
        <CallList />
        <HistoryList />
      </main>
    </div>
  );
}
