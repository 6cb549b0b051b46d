// The app's start: build the Phone, load what was stored, wire outputs, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startCallNotifications } from './app/callNotifications';
import { connectIntegra } from './app/connectIntegra';
import { connectPhone } from './app/connectPhone';
import { startDevices } from './app/devices';
import { integraActions } from './app/integraActions';
import type { IntegraEdges } from './app/integraEffects';
import { phoneActions } from './app/phoneActions';
import { prepareLinks } from './app/startLinks';
import { startShortcuts } from './app/startShortcuts';
import { sendBackgroundRequest } from './browser/backgroundRequest';
import { createCallStamps } from './browser/callStamps';
import { noBridge } from './browser/nativeBridge';
import { showNotification } from './browser/notifications';
import { openPop } from './browser/popup';
import { registerServiceWorker, serviceWorkerUpdates } from './browser/serviceWorker';
import { checkIntegraSettings } from './integra/checkSettings';
import { isQueueCall } from './integra/select';
import { DEFAULT_EXTENDED_ID_HEADER } from './phone/extendedId';
import { LazySipPort } from './phone/lazySipPort';
import { Phone } from './phone/phone';
import { prepareTones } from './phone/tones';
import { recentHistory } from './storage/history';
import { loadAccount, loadCheckedSetting } from './storage/settings';
import { useIntegraStore } from './store/integraStore';
import { HISTORY_IN_VIEW, usePhoneStore } from './store/phoneStore';
import { App } from './ui/App';
import { languageFor, translator } from './ui/i18n';
import { IntegraActionsContext } from './ui/integra/IntegraActions';
import { PhoneActionsContext } from './ui/PhoneActions';
import { UpdateSourceContext } from './ui/UpdateBanner';
import { TranslateContext } from './ui/useT';
import './ui/app.css';

async function start(): Promise<void> {
  const language = languageFor(navigator.languages);
  document.documentElement.lang = language;
  const t = translator(language);
  const sip = new LazySipPort(async () => new (await import('./phone/sipAdapter')).JsSipAdapter());
  const phone = new Phone(sip, {
    isQueueCall: (facts) => isQueueCall(facts, useIntegraStore.getState().settings),
    extendedIdHeader: () =>
      usePhoneStore.getState().account?.extendedIdHeader ?? DEFAULT_EXTENDED_ID_HEADER,
  });
  const stamps = createCallStamps();
  connectPhone(phone, stamps);
  // After connectPhone: the ring and the call panel come first, the CRM right after.
  const edges: IntegraEdges = {
    openPop,
    sendRequest: sendBackgroundRequest,
    notify: showNotification,
    bridge: noBridge,
    now: Date.now,
    t,
  };
  connectIntegra(phone, edges);
  prepareTones(window);
  // Feature starters: one line each; each loads its own settings and wires its own outputs.
  void startDevices(t);
  startCallNotifications(phone, t);

  const [account, history, integra] = await Promise.all([
    loadAccount(),
    recentHistory(HISTORY_IN_VIEW),
    // Checked when saved; checked again against older or damaged data.
    loadCheckedSetting('integra', checkIntegraSettings),
  ]);
  usePhoneStore.setState({ account, history });
  if (integra) useIntegraStore.setState({ settings: integra.settings });
  // One window per browser holds the phone and registers; it also unregisters on pagehide.
  const links = prepareLinks(phone, t, stamps);
  const actions = phoneActions(phone, t, { takeOver: links.takeOver });
  startShortcuts(actions, t);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <TranslateContext.Provider value={t}>
        <PhoneActionsContext.Provider value={actions}>
          <IntegraActionsContext.Provider value={integraActions(edges)}>
            <UpdateSourceContext.Provider value={serviceWorkerUpdates}>
              <App />
            </UpdateSourceContext.Provider>
          </IntegraActionsContext.Provider>
        </PhoneActionsContext.Provider>
      </TranslateContext.Provider>
    </StrictMode>,
  );
  links.start(actions);
}

// Before start(), so the app still works offline even when start() fails.
registerServiceWorker();

start().catch((error: unknown) => {
  // Without storage (a locked-down profile, a full disk) the phone cannot keep its settings or
  // history: say so instead of leaving a blank page.
  console.error('the app could not start', error);
  const t = translator(languageFor(navigator.languages));
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = t('startFailed', {
    reason: error instanceof Error ? error.message : String(error),
  });
  document.body.replaceChildren(message);
});
