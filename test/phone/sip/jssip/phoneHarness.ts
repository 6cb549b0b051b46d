// The project's own SIP edge (JsSipAdapter, and through it JsSIP's UA, WebSocketInterface and
// the guarded socket) on fake timers and fake WebRTC, talking to the scripted peer in memory.
import { afterEach, beforeEach, vi } from 'vitest';
import { createIceServerHealth } from '../../../../src/phone/media/iceServerHealth';
import { JsSipAdapter } from '../../../../src/phone/sip/sipAdapter';
import type {
  Account,
  RegistrationChange,
  SipCall,
  SipCallEvent,
} from '../../../../src/phone/sipPort';
import { installBrowser } from './browserStandIns';
import { settle } from './clock';
import { Network, webSocketOver } from './network';
import { DOMAIN, SipPeer } from './sipPeer';

export const PBX_URL = 'ws://pbx.test:8088/ws';

export const ACCOUNT: Account = {
  sipAddress: `100@${DOMAIN}`,
  authorizationUser: '',
  password: 'demo100',
  extension: '100',
  displayName: 'Demo 100',
  url: PBX_URL,
  url2: '',
  iceServers: [],
};

/** A call as the phone's code sees it, with every event it reported. */
export interface Seen {
  call: SipCall;
  events: SipCallEvent[];
}

export function watch(call: SipCall): Seen {
  const events: SipCallEvent[] = [];
  call.onEvent((event) => events.push(event));
  return { call, events };
}

/** Event types only, for sequences ('handover' carries a call). */
export const kinds = (seen: Seen) =>
  seen.events.map((e) => (e.type === 'ended' ? `ended ${e.cause}` : e.type));

export interface Phone {
  adapter: JsSipAdapter;
  peer: SipPeer;
  network: Network;
  registrations: RegistrationChange[];
  incoming: Seen[];
  /** Call-IDs whose remote audio was handed to the page, and stopped. */
  played: string[];
  stopped: string[];
  /** Registration states in order, repeats dropped: "connecting", "registered"... */
  states(): string[];
}

let running: JsSipAdapter[] = [];

/** Fake timers and browser for each test of the file; every phone started is stopped after. */
export function phoneWorldEachTest(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_700_000_000_000);
    installBrowser();
  });
  afterEach(() => {
    for (const adapter of running) adapter.stop();
    running = [];
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

/** Starts the adapter against a fresh peer and lets it register (unless the peer refuses). */
export async function startPhone(
  account: Account = ACCOUNT,
  configure: (peer: SipPeer) => void = () => {},
): Promise<Phone> {
  const network = new Network();
  const peer = new SipPeer();
  configure(peer);
  network.listen(PBX_URL, peer);
  vi.stubGlobal('WebSocket', webSocketOver(network));
  const played: string[] = [];
  const stopped: string[] = [];
  const adapter = new JsSipAdapter({
    microphone: { constraint: () => true },
    audio: { play: (callId) => played.push(callId), stop: (callId) => stopped.push(callId) },
    iceServers: createIceServerHealth(),
    connections: { add() {}, remove() {} },
  });
  running.push(adapter);
  const registrations: RegistrationChange[] = [];
  const incoming: Seen[] = [];
  adapter.start(account, {
    registration: (change) => registrations.push(change),
    incoming: (call) => incoming.push(watch(call)),
    presence: () => {},
  });
  await settle();
  const states = () =>
    registrations
      .map((r) => r.detail?.kind ?? r.state)
      .filter((state, i, all) => i === 0 || all[i - 1] !== state);
  return { adapter, peer, network, registrations, incoming, played, stopped, states };
}
