// JsSIP's UA on its own (no adapter) over the in-memory JsSIP Socket, registered with the
// scripted peer: for looking at RTCSession directly, as the fake session imitates it.
import { UA } from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import { expect } from 'vitest';
import { settle } from './clock';
import { MemorySocket, Network } from './network';
import { DOMAIN, SipPeer } from './sipPeer';

const URL = 'ws://pbx.test:8088/ws';

export interface RegisteredUa {
  ua: UA;
  peer: SipPeer;
  /** Sessions the far end started, in order. */
  incoming: RTCSession[];
  /** Runs as JsSIP announces each incoming session, before it sends 180. */
  onIncoming: (session: RTCSession) => void;
}

/** A UA registered as 100; stop it with ua.stop(). Needs fake timers and the browser stand-ins. */
export async function registeredUa(): Promise<RegisteredUa> {
  const network = new Network();
  const peer = new SipPeer();
  network.listen(URL, peer);
  const ua = new UA({
    sockets: [new MemorySocket(network, URL)],
    uri: `sip:100@${DOMAIN}`,
    password: 'demo100',
    register: true,
    session_timers: false,
  });
  const registered: RegisteredUa = { ua, peer, incoming: [], onIncoming: () => {} };
  ua.on('newRTCSession', ({ originator, session }: RTCSessionEvent) => {
    if (originator !== 'remote') return;
    registered.incoming.push(session);
    registered.onIncoming(session);
  });
  ua.start();
  await settle();
  expect(ua.isRegistered()).toBe(true);
  return registered;
}
