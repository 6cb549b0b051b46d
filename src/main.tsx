// The app's start: the browser edges in, createApp builds every service, and one tree renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp } from './app/createApp';
import { sendBackgroundRequest } from './browser/backgroundRequest';
import { createCallStamps } from './browser/callStamps';
import { lazyNativeBridge } from './browser/lazyNativeBridge';
import { showNotification } from './browser/notifications';
import { openPop } from './browser/popup';
import { fetchProvisioningFile } from './browser/provisioningFile';
import { createServiceWorker, type UpdateSource } from './browser/serviceWorker';
import { englishTranslator, languageFor, loadTranslator } from './i18n';
import { App } from './ui/App';
import { PhonebookContext } from './ui/contacts/Phonebook';
import { HistoryAccessContext } from './ui/HistoryAccess';
import { IntegraActionsContext } from './ui/integra/IntegraActions';
import { PhoneActionsContext } from './ui/PhoneActions';
import { RecordingActionsContext } from './ui/RecordingActions';
import { SettingsActionsContext } from './ui/SettingsActions';
import { SoundActionsContext } from './ui/sound/SoundActions';
import { UpdateSourceContext } from './ui/UpdateBanner';
import { TranslateContext } from './ui/useT';
import './ui/app.css';

async function start(updates: UpdateSource): Promise<void> {
  const language = languageFor(navigator.languages);
  document.documentElement.lang = language;
  const t = await loadTranslator(language);
  const app = await createApp({
    t,
    window,
    stamps: createCallStamps(),
    bridge: lazyNativeBridge(window),
    integra: {
      openPop,
      sendRequest: sendBackgroundRequest,
      notify: showNotification,
      now: Date.now,
    },
    provisioningFile: () => fetchProvisioningFile(document.baseURI),
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  app.start();
  createRoot(root).render(
    <StrictMode>
      <TranslateContext.Provider value={t}>
        <PhoneActionsContext.Provider value={app.actions}>
          <IntegraActionsContext.Provider value={app.integraActions}>
            <HistoryAccessContext.Provider value={app.history}>
              <SettingsActionsContext.Provider value={app.settings}>
                <PhonebookContext.Provider value={app.phonebook}>
                  <RecordingActionsContext.Provider value={app.recordings}>
                    <SoundActionsContext.Provider value={app.sound}>
                      <UpdateSourceContext.Provider value={updates}>
                        <App />
                      </UpdateSourceContext.Provider>
                    </SoundActionsContext.Provider>
                  </RecordingActionsContext.Provider>
                </PhonebookContext.Provider>
              </SettingsActionsContext.Provider>
            </HistoryAccessContext.Provider>
          </IntegraActionsContext.Provider>
        </PhoneActionsContext.Provider>
      </TranslateContext.Provider>
    </StrictMode>,
  );
  app.afterFirstScreen();
}

// Registered before start(), so the app still works offline even when start() fails.
const serviceWorker = createServiceWorker();
serviceWorker.register();

start(serviceWorker).catch(async (error: unknown) => {
  // Without storage (a locked-down profile, a full disk) the phone cannot keep its settings or
  // history: say so instead of leaving a blank page.
  console.error('the app could not start', error);
  // In English if the Italian texts are what could not load.
  const t = await loadTranslator(languageFor(navigator.languages)).catch(englishTranslator);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = t('startFailed', {
    reason: error instanceof Error ? error.message : String(error),
  });
  document.body.replaceChildren(message);
});
