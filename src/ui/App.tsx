import { useState } from 'react';
import { usePhoneStore } from '../store/phoneStore';
import { AccountForm } from './AccountForm';
import { CallList } from './CallList';
import { DialBox } from './DialBox';
import { HistoryList } from './HistoryList';
import { IntegraLog } from './integra/IntegraLog';
import { IntegraSettingsForm } from './integra/IntegraSettingsForm';
import { PopBanners } from './integra/PopBanners';
import { Notice } from './Notice';
import { RegistrationStatus } from './RegistrationStatus';
import { UpdateBanner } from './UpdateBanner';
import { useT } from './useT';
import { useWindowTitle } from './useWindowTitle';

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
      </header>
      <Notice />
      <UpdateBanner />
      <PopBanners />
      {settingsOpen && (
        <div id="settings" className="settings">
          <AccountForm onSaved={() => setSettingsOpen(false)} />
          <IntegraSettingsForm />
          <IntegraLog />
        </div>
      )}
      <main>
        <DialBox />
        <CallList />
        <HistoryList />
      </main>
    </div>
  );
}
