// The window: a header that never wraps, the banners, and one screen at a time: the phone (home),
// the settings, or the first-run setup. Settings and setup load their code on first use.
import { lazy, Suspense } from 'react';
import { useUnseenMissed } from '../store/missedStore';
import { usePhoneStore } from '../store/phoneStore';
import { useScreen } from '../store/screenStore';
import { useShortcutHelpStore } from '../store/shortcutHelpStore';
import { CallList } from './CallList';
import { Home } from './Home';
import { IncomingAnnouncer } from './IncomingAnnouncer';
import { PopBanners } from './integra/PopBanners';
import { LinkDelivery } from './LinkDelivery';
import { Notice } from './Notice';
import { PhoneElsewhere } from './PhoneElsewhere';
import { TopBar } from './TopBar';
import { UpdateBanner } from './UpdateBanner';
import { useMissedSeen } from './useMissedSeen';
import { useT } from './useT';
import { useWindowTitle } from './useWindowTitle';

const SettingsScreen = lazy(() => import('./SettingsScreen'));
const ContactsScreen = lazy(() => import('./contacts/ContactsScreen'));
const FirstRun = lazy(() => import('./FirstRun'));
const ShortcutHelpDialog = lazy(() => import('./hotkeys/ShortcutHelpDialog'));
const ConfirmConfiguration = lazy(() => import('./ConfirmConfiguration'));

export function App() {
  const t = useT();
  const screen = useScreen();
  const missed = useUnseenMissed();
  const helpOpen = useShortcutHelpStore((s) => s.open);
  const confirming = usePhoneStore((s) => s.pendingConfiguration !== undefined);
  useWindowTitle(missed);
  useMissedSeen(screen === 'home', missed);

  return (
    <div className={`app screen-${screen}`}>
      <TopBar screen={screen} missed={missed} />
      <IncomingAnnouncer />
      <Suspense fallback={null}>
        {helpOpen && <ShortcutHelpDialog />}
        {confirming && <ConfirmConfiguration />}
      </Suspense>
      <div className="banners">
        <Notice />
        <PhoneElsewhere />
        <LinkDelivery />
        <UpdateBanner />
        <PopBanners />
      </div>
      <main>
        {screen === 'home' ? (
          <Home />
        ) : (
          <>
            {/* A call that rings while the settings are open is answered from here. */}
            <CallList />
            <Suspense fallback={<p>{t('loading')}</p>}>
              {screen === 'settings' ? (
                <SettingsScreen />
              ) : screen === 'contacts' ? (
                <ContactsScreen />
              ) : (
                <FirstRun />
              )}
            </Suspense>
          </>
        )}
      </main>
    </div>
  );
}
