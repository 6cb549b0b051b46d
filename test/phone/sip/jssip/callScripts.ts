// The usual openings of a call, played by the peer against a started phone, shared by the tests.
import { expect } from 'vitest';
import type { DialExtras } from '../../../../src/phone/sipPort';
import { settle } from './clock';
import { PeerLeg } from './peerLeg';
import { type Phone, watch } from './phoneHarness';
import { answerTo } from './sipPeer';

/** The peer calls; the phone sends 100 and 180 and hands the call to the app. */
export async function ringing(phone: Phone, from = '102') {
  const leg = PeerLeg.call(phone.peer, { from, name: `Demo ${from}` });
  await phone.peer.next(answerTo('INVITE', 100));
  await phone.peer.next(answerTo('INVITE', 180));
  const seen = phone.incoming.at(-1);
  if (!seen) throw new Error('no incoming call');
  return { leg, seen };
}

/** The app answers; the peer gets the 200 with SDP and ACKs it. */
export async function answered(phone: Phone, from = '102') {
  const { leg, seen } = await ringing(phone, from);
  seen.call.answer();
  const ok = await phone.peer.next(answerTo('INVITE', 200));
  leg.answered(ok);
  leg.ack();
  await settle();
  return { leg, seen, ok };
}

/** The phone dials `target`; the PBX challenges the INVITE, takes the right one, sends 100. */
export async function dialled(phone: Phone, target = '101', extras: DialExtras = {}) {
  const seen = watch(phone.adapter.call(target, '100', extras));
  return { seen, ...(await challenged(phone)) };
}

/** The next INVITE from the phone, through the 407 challenge, answered 100 Trying. */
export async function challenged(phone: Phone) {
  const first = await phone.peer.next('INVITE');
  phone.peer.challenge(first, 407);
  await phone.peer.next('ACK');
  const invite = await phone.peer.next('INVITE');
  expect(phone.peer.authorized(invite)).toBe(true);
  const leg = PeerLeg.answering(phone.peer, invite);
  phone.peer.respond(invite, 100, 'Trying');
  return { invite, leg, first };
}

/** Dialled, rung and answered; the phone's ACK taken. */
export async function connected(phone: Phone, target = '101') {
  const call = await dialled(phone, target);
  call.leg.reply(call.invite, 180, 'Ringing');
  await settle();
  call.leg.reply(call.invite, 200, 'OK', 'sendrecv');
  await phone.peer.next('ACK');
  return call;
}
