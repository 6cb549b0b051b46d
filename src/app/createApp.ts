// The composition root: every service of the app is made here, once, as an instance, and wired
// in a stated order. main.tsx only renders what this returns; tests build the parts they need
// with their own edges instead of mocking modules.
import type { CallStamps } from '../browser/callStamps';
import type { BridgeConnection } from '../browser/nativeBridge';
import type { ProvisioningFile } from '../browser/provisioningFile';
import type { Translate } from '../i18n';
import type { IntegraSettings } from '../integra/rule';
import { isQueueCall } from '../integra/select';
import { type CallConnections, createCallConnections } from '../phone/media/callConnections';
import { createIceServerHealth } from '../phone/media/iceServerHealth';
import { createMicrophone } from '../phone/media/microphone';
import { createRemoteAudio } from '../phone/media/remoteAudio';
import { createTones } from '../phone/media/tones';
import { Phone } from '../phone/phone';
import { LazySipPort } from '../phone/sip/lazySipPort';
import type { CallFacts } from '../phone/types';
import { recentHistory } from '../storage/history';
import { indexedDbHistory } from '../storage/historyQuery';
import { createHistoryWriter } from '../storage/historyWriter';
import { useAutoAnswerStore } from '../store/autoAnswerStore';
import { useBridgeStore } from '../store/bridgeStore';
import { useCallerNameStore } from '../store/callerNameStore';
import { useDialPlanStore } from '../store/dialPlanStore';
import { useIntegraStore } from '../store/integraStore';
import { HISTORY_IN_VIEW, usePhoneStore } from '../store/phoneStore';
import type { Phonebook } from '../ui/contacts/Phonebook';
import type { HistoryAccess } from '../ui/HistoryAccess';
import type { IntegraActions } from '../ui/integra/IntegraActions';
import type { PhoneActions } from '../ui/PhoneActions';
import type { RecordingActions } from '../ui/RecordingActions';
import type { SettingsActions } from '../ui/SettingsActions';
import type { SoundActions } from '../ui/sound/SoundActions';
import { afterStart } from './afterStart';
import { createAppSettings } from './appSettings';
import { connectAutoAnswer } from './autoAnswer';
import { connectCallerNames, lazyLookup } from './callerNames';
import { startCallNotifications } from './callNotifications';
import { startCallRecording } from './callRecording';
import { connectIntegra } from './connectIntegra';
import { connectPhone } from './connectPhone';
import { createDevices } from './devices';
import { createDoNotDisturb } from './doNotDisturb';
import { integraActions } from './integraActions';
import type { IntegraEdges } from './integraEffects';
import { lazyPhonebook } from './lazyPhonebook';
import { phoneActions } from './phoneActions';
import { createSound } from './sound';
import { startConference } from './startConference';
import { prepareLinks } from './startLinks';
import { startProvisioning } from './startProvisioning';
import { startShortcuts } from './startShortcuts';

/** What the app needs from the browser that is not a module of its own: made by main.tsx. */
export interface BrowserEdges {
  t: Translate;
  window: Window;
  stamps: CallStamps;
  /** The extension and native host, where installed: shell rules, outside links, selections. */
  bridge: BridgeConnection;
  integra: Omit<IntegraEdges, 't' | 'bridge'>;
  /** The administrator's config.json beside the app, where there is one. */
  provisioningFile(): Promise<ProvisioningFile>;
}

export interface App {
  actions: PhoneActions;
  integraActions: IntegraActions;
  /** The stored history and the writer's status, for the history list. */
  history: HistoryAccess;
  settings: SettingsActions;
  phonebook: Phonebook;
  /** Each live call's peer connection, for the page's audio features (meters, recording, merge). */
  connections: CallConnections;
  /** Recording calls, and the stored recordings for the history. */
  recordings: RecordingActions;
  /** Call quality and level, the audio tests, the ringtone. */
  sound: SoundActions;
  /**
   * Gives the links the app's actions: the window's own link and the launches' run from here.
   * Which window holds the phone is decided from createApp on, beside the stored reads.
   */
  start(): void;
  /**
   * After the first render: the phonebook and the bridge, once the first registration has
   * settled (afterStart.ts), so their code does not slow it.
   */
  afterFirstScreen(): void;
}

export async function createApp({
  t,
  window,
  stamps,
  bridge,
  integra,
  provisioningFile,
}: BrowserEdges): Promise<App> {
  const tones = createTones();
  const audio = createRemoteAudio();
  const microphone = createMicrophone();
  const connections = createCallConnections();
  // One writer for the page: every call state goes through its one queue, in order.
  const historyWriter = createHistoryWriter();
  // JsSIP's chunk is fetched from here on, beside the stored reads and the first paint; the call
  // media it needs are this page's. Colleagues and voicemail are wired by a chunk of their own
  // that comes with it, before any NOTIFY can.
  const sip = new LazySipPort(async () => {
    const [{ JsSipAdapter }, { startPresence }] = await Promise.all([
      import('../phone/sip/sipAdapter'),
      import('./startPresence'),
    ]);
    startPresence(phone);
    return new JsSipAdapter({
      microphone,
      audio,
      iceServers: createIceServerHealth(),
      connections,
    });
  });
  sip.prefetch();
  const phone = new Phone(sip);
  // Phone takes Integra's queue rule as an option, pushed again whenever the settings change.
  const queueRule = (settings: IntegraSettings) => ({
    isQueueCall: (facts: CallFacts) => isQueueCall(facts, settings),
  });
  phone.configure(queueRule(useIntegraStore.getState().settings));
  useIntegraStore.subscribe((state, before) => {
    if (state.settings !== before.settings) phone.configure(queueRule(state.settings));
  });
  // Auto-answer sees a call first, so its card says so; its ringtone is quiet while it beeps.
  const autoAnswer = connectAutoAnswer(phone, tones.ringtone, {
    settings: () => useAutoAnswerStore.getState().settings,
    doNotDisturb: () => usePhoneStore.getState().doNotDisturb,
    beep: tones.autoAnswer,
    show: (pending) => useAutoAnswerStore.setState({ pending }),
  });
  usePhoneStore.subscribe((state, before) => {
    if (state.doNotDisturb && !before.doNotDisturb) autoAnswer.cancel();
  });
  // The order of the outputs: the ring and the call panel first, the CRM right after.
  connectPhone(phone, {
    tones: { ...tones, ringtone: autoAnswer.ringtone },
    stamps,
    history: historyWriter,
  });
  // Names come after the ring: the phonebook's, else the lookup URL's; Integra's rules that use
  // the name wait for it.
  const phonebook = lazyPhonebook({
    plan: () => useDialPlanStore.getState().plan,
    onPlanChange: (listener) =>
      useDialPlanStore.subscribe((state, before) => {
        if (state.plan !== before.plan) listener();
      }),
  });
  const names = connectCallerNames(phone, {
    phonebook: (number) => phonebook.nameFor(number),
    lookup: lazyLookup({
      fetch: (...args) => window.fetch(...args),
      now: Date.now,
      settings: () => useCallerNameStore.getState().settings,
    }),
  });
  const integraEdges: IntegraEdges = { ...integra, bridge, t };
  connectIntegra(phone, integraEdges, names);
  tones.prepare(window);
  // The devices store their choice through the settings, which apply an imported one with them.
  const devices = createDevices({
    t,
    tones,
    audio,
    microphone,
    save: (choice, options) => settings.save('devices', choice, options),
  });
  const pageIsSecure = window.location.protocol === 'https:';
  const settings = createAppSettings({ phone, devices, pageIsSecure });
  const sound = createSound({
    tones,
    audio,
    connections,
    save: (ringtone) => settings.save('ringtone', ringtone),
  });
  // Feature starters: one line each; each wires its own outputs.
  startCallNotifications(phone, t);
  startConference(phone, connections);
  const recordings = startCallRecording(phone, {
    t,
    connections,
    storage: window.navigator.storage,
  });

  // The parts the first screen reads are in their stores before it renders. Load only shows: the
  // account registers once this window holds the phone (startLinks.ts). The config.json kept
  // from the last start is read beside both reads: its locks and defaults decide what the load
  // shows, and the one fetched now is applied when it comes.
  const provisioning = startProvisioning({ t, read: provisioningFile, pageIsSecure });
  // Do not disturb is on the Phone before it can register, so no call rings that should not.
  const doNotDisturb = createDoNotDisturb(phone);
  const reads = [settings.load(provisioning.known), doNotDisturb.load()] as const;
  // One window per browser holds the phone and registers; it also unregisters on pagehide. The
  // lock is asked for beside the reads, so the socket opens as soon as the account is read.
  const links = prepareLinks(phone, {
    t,
    stamps,
    history: historyWriter,
    loaded: Promise.all(reads).then(
      () => true,
      () => false,
    ),
  });
  const [history, loaded] = await Promise.all([recentHistory(HISTORY_IN_VIEW), ...reads]);
  // The dial plan's check loads libphonenumber: after the first screen, not before it.
  loaded.rest.catch((error: unknown) => console.error('a setting could not be loaded', error));
  usePhoneStore.setState({ history });
  // The load used the config.json kept from the last start; the one fetched now may differ.
  void provisioning.fresh.then(async (changed) => {
    if (!changed) return;
    await settings.reapply().catch((error: unknown) => {
      console.error('the settings could not be applied again under the new config.json', error);
    });
  });
  // After the load: the first device list is applied with the stored choice.
  void devices.start();
  void sound.start();
  const actions = phoneActions(phone, t, {
    takeOver: links.takeOver,
    devices,
    settings,
    doNotDisturb,
    window,
  });
  startShortcuts(actions.run);
  return {
    actions,
    integraActions: integraActions(integraEdges),
    history: { source: indexedDbHistory, writes: historyWriter },
    settings,
    phonebook,
    connections,
    recordings,
    sound,
    start: () => links.start(actions),
    afterFirstScreen: () =>
      afterStart(() => {
        // The phonebook loads once the phone is up, ready for the first caller's name.
        phonebook.prepare();
        // Links and selections from the bridge go where the address bar's and launches' go.
        bridge.connect({
          onState: (state) => useBridgeStore.setState({ state }),
          onLink: (link) => links.receive(link),
          onDialText: (text) => void actions.run('dialText', { text }),
        });
      }),
  };
}
