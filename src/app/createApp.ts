// The composition root: every service of the app is made here, once, as an instance, and wired
// in a stated order. main.tsx only renders what this returns; tests build the parts they need
// with their own edges instead of mocking modules.
import type { CallStamps } from '../browser/callStamps';
import type { Translate } from '../i18n';
import { checkIntegraSettings } from '../integra/checkSettings';
import type { IntegraSettings } from '../integra/rule';
import { isQueueCall } from '../integra/select';
import { createMicrophone } from '../phone/media/microphone';
import { createRemoteAudio } from '../phone/media/remoteAudio';
import { createTones } from '../phone/media/tones';
import { Phone } from '../phone/phone';
import { LazySipPort } from '../phone/sip/lazySipPort';
import type { CallFacts } from '../phone/types';
import { loadHotkeySettings } from '../settings/hotkeySettings';
import { recentHistory } from '../storage/history';
import { indexedDbHistory } from '../storage/historyQuery';
import { createHistoryWriter } from '../storage/historyWriter';
import { loadAccount, loadCheckedSetting } from '../storage/settings';
import { useIntegraStore } from '../store/integraStore';
import { HISTORY_IN_VIEW, usePhoneStore } from '../store/phoneStore';
import type { HistoryAccess } from '../ui/HistoryAccess';
import type { IntegraActions } from '../ui/integra/IntegraActions';
import type { PhoneActions } from '../ui/PhoneActions';
import { startCallNotifications } from './callNotifications';
import { connectIntegra } from './connectIntegra';
import { connectPhone } from './connectPhone';
import { createDevices } from './devices';
import { integraActions } from './integraActions';
import type { IntegraEdges } from './integraEffects';
import { phoneActions } from './phoneActions';
import { prepareLinks } from './startLinks';
import { startShortcuts } from './startShortcuts';

/** What the app needs from the browser that is not a module of its own: made by main.tsx. */
export interface BrowserEdges {
  t: Translate;
  window: Window;
  stamps: CallStamps;
  integra: Omit<IntegraEdges, 't'>;
}

export interface App {
  actions: PhoneActions;
  integraActions: IntegraActions;
  /** The stored history and the writer's status, for the history list. */
  history: HistoryAccess;
  /** After the first render: decides which window holds the phone, then runs its link. */
  start(): void;
}

export async function createApp({ t, window, stamps, integra }: BrowserEdges): Promise<App> {
  const tones = createTones();
  const audio = createRemoteAudio();
  const microphone = createMicrophone();
  // One writer for the page: every call state goes through its one queue, in order.
  const historyWriter = createHistoryWriter();
  // JsSIP loads after the first paint; the call media it needs are this page's.
  const sip = new LazySipPort(
    async () => new (await import('../phone/sip/sipAdapter')).JsSipAdapter({ microphone, audio }),
  );
  const phone = new Phone(sip);
  // Phone takes Integra's queue rule as an option, pushed again whenever the settings change.
  const queueRule = (settings: IntegraSettings) => ({
    isQueueCall: (facts: CallFacts) => isQueueCall(facts, settings),
  });
  phone.configure(queueRule(useIntegraStore.getState().settings));
  useIntegraStore.subscribe((state, before) => {
    if (state.settings !== before.settings) phone.configure(queueRule(state.settings));
  });
  // The order of the outputs: the ring and the call panel first, the CRM right after.
  connectPhone(phone, { tones, stamps, history: historyWriter });
  const integraEdges: IntegraEdges = { ...integra, t };
  connectIntegra(phone, integraEdges);
  tones.prepare(window);
  const devices = createDevices({ t, tones, audio, microphone });
  // Feature starters: one line each; each loads its own settings and wires its own outputs.
  void devices.start();
  startCallNotifications(phone, t);

  const [account, history, integraSettings] = await Promise.all([
    loadAccount(),
    recentHistory(HISTORY_IN_VIEW),
    // Checked when saved; checked again against older or damaged data.
    loadCheckedSetting('integra', checkIntegraSettings),
  ]);
  usePhoneStore.setState({ account, history });
  if (integraSettings) useIntegraStore.setState({ settings: integraSettings.settings });
  // One window per browser holds the phone and registers; it also unregisters on pagehide.
  const links = prepareLinks(phone, { t, stamps, history: historyWriter });
  const actions = phoneActions(phone, t, { takeOver: links.takeOver, devices });
  startShortcuts(actions.run);
  loadHotkeySettings().catch((error: unknown) => {
    console.error('shortcuts and dial plan could not be loaded; using the defaults', error);
  });
  return {
    actions,
    integraActions: integraActions(integraEdges),
    history: { source: indexedDbHistory, writes: historyWriter },
    start: () => links.start(actions),
  };
}
