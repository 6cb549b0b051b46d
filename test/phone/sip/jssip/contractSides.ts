// One call under the project's wrapSession, on either the fake RTCSession or real JsSIP, with
// the far end's moves played the way each knows them: for the fake, the events the unit tests
// fire by hand; for JsSIP, SIP from the scripted peer. The contract test compares the two.

import { createIceServerHealth } from '../../../../src/phone/media/iceServerHealth';
import type { JsSipSession } from '../../../../src/phone/sip/jsSipSession';
import { callOptions, wrapSession } from '../../../../src/phone/sip/sipSession';
import type { SipCall, SipCallEvent } from '../../../../src/phone/sipPort';
import type { Direction } from '../../../../src/phone/types';
import type { SipMessage } from '../../../e2e/sipWire';
import { FakeSession } from '../../fakeSession';
import { ACCOUNT, facts } from '../../fakeSip';
import { signallingStandIn } from '../../signallingStandIn';
import { settle } from './clock';
import { PeerLeg } from './peerLeg';
import { answerTo, DOMAIN, must } from './sipPeer';
import { registeredUa } from './uaHarness';

/** The far end's moves; the user's go through `call`. */
export interface FarEnd {
  ring(): Promise<void>;
  /** Outgoing: the far end answers. Incoming: the user answers and the far end ACKs. */
  answer(): Promise<void>;
  refuse(status: 486 | 603): Promise<void>;
  cancel(): Promise<void>;
  hangUp(): Promise<void>;
  acceptReinvite(): Promise<void>;
  hold(held: boolean): Promise<void>;
  /** Accepts our REFER and reports its outcome in a NOTIFY. */
  referOutcome(answered: boolean): Promise<void>;
}

export interface Side {
  session: JsSipSession;
  call: SipCall;
  /** The session events the project's code listens to, as "event originator cause". */
  log: string[];
  seen: SipCallEvent[];
  far: FarEnd;
  stop(): void;
}

const media = () => ({
  microphone: { constraint: () => true },
  audio: { play() {}, stop() {} },
  iceServers: createIceServerHealth(),
  connections: { add() {}, remove() {} },
});
const WATCHED = ['progress', 'accepted', 'hold', 'unhold', 'muted', 'unmuted', 'ended', 'failed'];

type Base = Omit<Side, 'far'>;

function wrap(session: JsSipSession, direction: Direction, stop: () => void): Base {
  const log: string[] = [];
  for (const name of WATCHED) {
    session.on(name as 'ended', (e) =>
      log.push([name, e?.originator, e?.cause].filter(Boolean).join(' ')),
    );
  }
  const call = wrapSession(
    session,
    facts({ direction }),
    ACCOUNT,
    () => undefined,
    media(),
    signallingStandIn(),
  );
  const seen: SipCallEvent[] = [];
  call.onEvent((event) => seen.push(event));
  return { session, call, log, seen, stop };
}

const CAUSES = { 486: 'Busy', 603: 'Rejected' } as const;

export function fakeSide(direction: Direction): Side {
  const fake = new FakeSession(`sip:101@${DOMAIN}`, direction);
  const base = wrap(fake, direction, () => {});
  const refer = () => fake.refers.at(-1)?.handlers;
  // JsSIP's own 'progress' as it sends 180 for a call to us.
  if (direction === 'incoming') fake.fire('progress', { originator: 'local' });
  const far: FarEnd = {
    ring: async () => fake.fire('progress', { originator: 'remote' }),
    answer: async () => {
      if (direction === 'incoming') base.call.answer();
      fake.fire('accepted', { originator: direction === 'incoming' ? 'local' : 'remote' });
    },
    refuse: async (status) => fake.fail('remote', CAUSES[status]),
    cancel: async () => fake.fail('remote', 'Canceled'),
    hangUp: async () => fake.end('remote', 'Terminated'),
    acceptReinvite: async () => fake.finishReinvite(),
    hold: async (held) => {
      fake.remoteHold = held;
      fake.fire(held ? 'hold' : 'unhold', { originator: 'remote' });
    },
    referOutcome: async (answered) => {
      refer()?.requestSucceeded();
      if (answered) refer()?.accepted();
      else refer()?.failed();
    },
  };
  return { ...base, far };
}

export async function jssipSide(direction: Direction): Promise<Side> {
  const registered = await registeredUa();
  const { ua, peer } = registered;
  peer.autoOk.add('BYE');
  const stop = () => ua.stop();
  const got: { base?: Base; invite?: SipMessage } = {};
  let leg: PeerLeg;
  if (direction === 'outgoing') {
    got.base = wrap(ua.call(`sip:101@${DOMAIN}`, callOptions(ACCOUNT, media())), direction, stop);
    got.invite = await peer.next('INVITE');
    leg = PeerLeg.answering(peer, got.invite);
    peer.respond(got.invite, 100, 'Trying');
  } else {
    registered.onIncoming = (session) => {
      got.base = wrap(session, direction, stop);
    };
    leg = PeerLeg.call(peer);
    await settle();
  }
  const base = must(got.base, 'a session');
  const invite = () => must(got.invite, 'a call the phone placed');
  const far: FarEnd = {
    ring: async () => leg.reply(invite(), 180, 'Ringing'),
    answer: async () => {
      if (direction === 'outgoing') {
        leg.reply(invite(), 200, 'OK', 'sendrecv');
        await peer.next('ACK');
        return;
      }
      base.call.answer();
      leg.answered(await peer.next(answerTo('INVITE', 200)));
      leg.ack();
    },
    refuse: async (status) => {
      leg.reply(invite(), status, status === 486 ? 'Busy Here' : 'Decline');
      await peer.next('ACK');
    },
    cancel: async () => leg.cancel(),
    hangUp: async () => void leg.request('BYE'),
    acceptReinvite: async () => {
      leg.acceptOffer(await peer.next('INVITE'));
      await peer.next('ACK');
    },
    hold: async (held) => {
      leg.reinvite(held ? 'sendonly' : 'sendrecv');
      await peer.next(answerTo('INVITE', 200));
      leg.ack();
    },
    referOutcome: async (answered) => {
      peer.respond(await peer.next('REFER'), 202, 'Accepted');
      leg.notify(answered ? '200 OK' : '486 Busy Here');
    },
  };
  return { ...base, far };
}
