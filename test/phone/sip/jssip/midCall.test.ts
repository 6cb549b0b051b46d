// Inside an answered call, through the adapter on real JsSIP: hold (our re-INVITEs, the 491 of
// re-INVITE glare, the other side's hold, the microphone leaving the call while held), DTMF as
// SIP INFO both ways, and mute, which tells the other side nothing.
import { describe, expect, it } from 'vitest';
import { header, type SipMessage } from '../../../e2e/sipWire';
import { browser } from './browserStandIns';
import { answered } from './callScripts';
import { advance, settle } from './clock';
import type { PeerLeg } from './peerLeg';
import { kinds, type Phone, phoneWorldEachTest, startPhone } from './phoneHarness';
import { directionOf } from './sdp';
import { answerTo } from './sipPeer';

phoneWorldEachTest();

/** The far end accepts our re-INVITE; the phone ACKs. */
async function accept(phone: Phone, leg: PeerLeg, reinvite: SipMessage) {
  leg.acceptOffer(reinvite);
  await phone.peer.next('ACK');
}

const cseq = (msg: SipMessage) => Number.parseInt(header(msg, 'cseq') ?? '', 10);
const micTrack = () => browser.connections[0]?.getSenders()[0]?.track ?? null;

describe('our hold', () => {
  it('sends sendonly, takes the microphone off the call, and resumes with sendrecv', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    const mic = micTrack();
    seen.call.hold();
    const hold = await phone.peer.next('INVITE');
    expect(header(hold, 'call-id')).toBe(leg.callId);
    expect(directionOf(hold.body)).toBe('sendonly');
    expect(micTrack()).toBeNull();
    await accept(phone, leg, hold);
    seen.call.resume();
    const resume = await phone.peer.next('INVITE');
    expect(directionOf(resume.body)).toBe('sendrecv');
    await accept(phone, leg, resume);
    expect(micTrack()).toBe(mic);
    expect(seen.events).toEqual([
      { type: 'accepted' },
      { type: 'held', local: true, remote: false },
      { type: 'held', local: false, remote: false },
    ]);
  });

  it('is retried by JsSIP 1 s after a 491, and completes', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    seen.call.hold();
    const first = await phone.peer.next('INVITE');
    phone.peer.respond(first, 491, 'Request Pending', leg.toTag);
    expect(cseq(await phone.peer.next('ACK'))).toBe(cseq(first));
    await advance(999);
    expect(phone.peer.queued()).toEqual([]);
    await advance(1);
    const retry = phone.peer.take('INVITE');
    // A new transaction, but JsSIP bumps only its counter, not the CSeq header it resends.
    expect(header(retry, 'via')).not.toBe(header(first, 'via'));
    expect(cseq(retry)).toBe(cseq(first));
    expect(directionOf(retry.body)).toBe('sendonly');
    await accept(phone, leg, retry);
    // Resuming afterwards works: the hold really completed.
    seen.call.resume();
    const resume = await phone.peer.next('INVITE');
    expect(cseq(resume)).toBe(cseq(first) + 2);
    await accept(phone, leg, resume);
    expect(kinds(seen)).toEqual(['accepted', 'held', 'held']);
  });

  it('ends the call (JsSIP’s “Hold Failed”) when the retry meets a 491 too', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    seen.call.hold();
    phone.peer.respond(await phone.peer.next('INVITE'), 491, 'Request Pending', leg.toTag);
    await advance(1_000);
    phone.peer.respond(phone.peer.take('INVITE'), 491, 'Request Pending', leg.toTag);
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'reason')).toBe('SIP ;cause=500; text="Hold Failed"');
    expect(kinds(seen)).toEqual(['accepted', 'held', 'ended media-error']);
  });
  it('is still retried after a hang-up within that second (JsSIP defect), harmlessly', async () => {
    // Dialog.isTerminated() reads a field that does not exist, so the retry timer always fires.
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    seen.call.hold();
    phone.peer.respond(await phone.peer.next('INVITE'), 491, 'Request Pending', leg.toTag);
    await advance(100);
    seen.call.hangup();
    await phone.peer.next('BYE');
    await advance(900);
    const stray = phone.peer.take('INVITE');
    expect(header(stray, 'call-id')).toBe(leg.callId);
    phone.peer.respond(stray, 481, 'Call/Transaction Does Not Exist', leg.toTag);
    await settle();
    expect(kinds(seen)).toEqual(['accepted', 'held', 'ended hangup-local']);
  });
});

describe('the other side’s hold', () => {
  it('is answered recvonly and reported, and so is its resume', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    leg.reinvite('sendonly');
    const ok = await phone.peer.next(answerTo('INVITE', 200));
    expect(directionOf(ok.body)).toBe('recvonly');
    leg.ack();
    await settle();
    expect(micTrack()).toBeNull();
    leg.reinvite('sendrecv');
    expect(directionOf((await phone.peer.next(answerTo('INVITE', 200))).body)).toBe('sendrecv');
    leg.ack();
    await settle();
    expect(micTrack()).not.toBeNull();
    expect(seen.events.slice(1)).toEqual([
      { type: 'held', local: false, remote: true },
      { type: 'held', local: false, remote: false },
    ]);
  });

  it('crossing our own re-INVITE is refused 491, but JsSIP applies it anyway and the call dies', async () => {
    // JsSIP's Dialog answers 491 but goes on to handle the request (no early return). With a
    // browser that rolls its own offer back for a remote one (the spec; the stand-in does), that
    // reports a hold that never happened, and our own answer then no longer applies.
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    seen.call.hold();
    const ours = await phone.peer.next('INVITE');
    leg.reinvite('sendonly');
    expect((await phone.peer.next(answerTo('INVITE'))).status).toBe(491);
    await accept(phone, leg, ours);
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'reason')).toContain('Hold Failed');
    expect(seen.events.slice(1)).toEqual([
      { type: 'held', local: true, remote: false },
      { type: 'held', local: true, remote: true },
      { type: 'ended', cause: 'media-error' },
    ]);
  });
});

describe('DTMF', () => {
  it('goes out as one INFO per digit, paced by duration and gap', async () => {
    const phone = await startPhone();
    const { seen, leg } = await answered(phone);
    seen.call.sendDtmf('1#');
    const first = await phone.peer.next('INFO');
    expect(header(first, 'call-id')).toBe(leg.callId);
    expect(header(first, 'content-type')).toBe('application/dtmf-relay');
    expect(first.body).toBe('Signal=1\r\nDuration=100');
    phone.peer.respond(first, 200, 'OK');
    await advance(169);
    expect(phone.peer.queued()).toEqual([]);
    await advance(1);
    expect(phone.peer.take('INFO').body).toBe('Signal=#\r\nDuration=100');
  });

  it('coming in as INFO is answered 200 and reported digit by digit', async () => {
    const phone = await startPhone();
    const { seen, leg } = await answered(phone);
    const relay: [string, string][] = [['Content-Type', 'application/dtmf-relay']];
    leg.request('INFO', relay, 'Signal=5\r\nDuration=160');
    leg.request('INFO', relay, 'Signal=*\r\nDuration=160');
    await settle();
    expect(phone.peer.take(answerTo('INFO')).status).toBe(200);
    expect(seen.events.slice(1)).toEqual([
      { type: 'dtmf', digit: '5' },
      { type: 'dtmf', digit: '*' },
    ]);
  });
});

describe('mute', () => {
  it('disables the microphone track and tells the other side nothing', async () => {
    const phone = await startPhone();
    const { seen } = await answered(phone);
    const track = browser.connections[0]?.getSenders()[0]?.track;
    seen.call.mute();
    await settle();
    expect(track?.enabled).toBe(false);
    seen.call.unmute();
    await settle();
    expect(track?.enabled).toBe(true);
    expect(phone.peer.queued()).toEqual([]);
    expect(kinds(seen)).toEqual(['accepted', 'muted', 'muted']);
  });
});
