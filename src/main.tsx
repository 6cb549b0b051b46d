// The app's start: build the Phone, load what was stored, wire outputs, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectPhone } from './app/connectPhone';
import { phoneActions } from './app/phoneActions';
import { Phone } from './phone/phone';
import { JsSipAdapter } from './phone/sipAdapter';
import { prepareTones } from './phone/tones';
import { closeInterruptedCalls, recentHistory } from './storage/history';
import { loadAccount } from './storage/settings';
import { HISTORY_IN_VIEW, usePhoneStore } from './store/phoneStore';
import { App } from './ui/App';
import { languageFor, translator } from './ui/i18n';
import { PhoneActionsContext } from './ui/PhoneActions';
import { TranslateContext } from './ui/useT';
import './ui/app.css';

async function start(): Promise<void> {
  const language = languageFor(navigator.languages);
  document.documentElement.lang = language;
  const t = translator(language);
  const phone = new Phone(new JsSipAdapter());
  connectPhone(phone);
  prepareTones(window);

  await closeInterruptedCalls();
  const [account, history] = await Promise.all([loadAccount(), recentHistory(HISTORY_IN_VIEW)]);
  usePhoneStore.setState({ account, history });
  if (account) phone.register(account);
  // Leave the PBX cleanly when the window goes away, so calls are not routed to a dead socket.
  window.addEventListener('pagehide', () => phone.unregister());
  window.addEventListener('pageshow', (event) => {
    const current = usePhoneStore.getState().account;
    if (event.persisted && current) phone.register(current);
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <TranslateContext.Provider value={t}>
        <PhoneActionsContext.Provider value={phoneActions(phone, t)}>
          <App />
        </PhoneActionsContext.Provider>
      </TranslateContext.Provider>
    </StrictMode>,
  );
}

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
