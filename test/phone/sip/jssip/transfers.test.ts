// Transfers on real JsSIP through the adapter: a REFER from the far end that the phone follows
// (and reports in NOTIFY sipfrags), our own blind REFER, an INVITE with Replaces, and joining
// two calls (our REFER with Replaces).
import { describe, expect, it } from 'vitest';
import { header } from '../../../e2e/sipWire';
import { answered, challenged, connected } from './callScripts';
import { settle } from './clock';
import { PeerLeg } from './peerLeg';
import { kinds, phoneWorldEachTest, startPhone, watch } from './phoneHarness';
import { answerTo, DOMAIN, must } from './sipPeer';

phoneWorldEachTest();

const referTo = (target: string) =>
  [
    ['Refer-To', `<sip:${target}@${DOMAIN}>`],
    ['Referred-By', `<sip:102@${DOMAIN}>`],
    ['Contact', '<sip:102@pbx.invalid;transport=ws>'],
  ] as [string, string][];

describe('a REFER from the other side', () => {
  it('is followed: the phone calls the target, reports it in NOTIFYs, and hands over', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    leg.request('REFER', referTo('103'));
    expect((await phone.peer.next(answerTo('REFER'))).status).toBe(202);
    const next = await challenged(phone);
    expect(next.invite.uri).toBe(`sip:103@${DOMAIN}`);
    const handover = seen.events.find((e) => e.type === 'handover');
    if (handover?.type !== 'handover') throw new Error('no handover');
    const followed = watch(handover.call);
    expect(handover.call.facts).toMatchObject({ direction: 'outgoing', remoteNumber: '103' });
    next.leg.reply(next.invite, 180, 'Ringing');
    await settle();
    next.leg.reply(next.invite, 200, 'OK', 'sendrecv');
    await phone.peer.next('ACK');
    const notifies = phone.peer.log.filter((m) => m.method === 'NOTIFY');
    expect(notifies.map((m) => m.body)).toEqual([
      'SIP/2.0 100 Trying',
      'SIP/2.0 180 Ringing',
      'SIP/2.0 200 OK',
    ]);
    expect(notifies.map((m) => header(m, 'call-id'))).toEqual(Array(3).fill(leg.callId));
    expect(header(must(notifies[2]), 'subscription-state')).toBe('terminated;reason=noresource');
    expect(header(must(notifies[0]), 'content-type')).toBe('message/sipfrag;version=2.0');
    // The transferor hangs up on us once it hears the target answered.
    leg.request('BYE');
    await phone.peer.next(answerTo('BYE', 200));
    expect(kinds(seen)).toEqual(['accepted', 'handover', 'ended transferred']);
    expect(kinds(followed)).toEqual(['ringing', 'accepted']);
  });

  it('to something the phone would not dial gets NOTIFY 603 and the call goes on', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    leg.request('REFER', referTo('evil;drop'));
    expect((await phone.peer.next(answerTo('REFER'))).status).toBe(202);
    await settle();
    const bodies = phone.peer.log.filter((m) => m.method === 'NOTIFY').map((m) => m.body);
    expect(bodies).toEqual(['SIP/2.0 100 Trying', 'SIP/2.0 603 Decline']);
    expect(phone.peer.queued().filter((line) => line.startsWith('INVITE'))).toEqual([]);
    expect(kinds(seen)).toEqual(['accepted']);
  });
});

describe('our blind transfer', () => {
  it('sends REFER to sip:target@domain and ends as transferred on NOTIFY 200', async () => {
    const phone = await startPhone();
    const { seen, leg } = await connected(phone);
    seen.call.transfer('103');
    const refer = await phone.peer.next('REFER');
    expect(header(refer, 'refer-to')).toBe(`<sip:103@${DOMAIN}>`);
    expect(header(refer, 'referred-by')).toBe(`<sip:100@${DOMAIN}>`);
    phone.peer.respond(refer, 202, 'Accepted');
    leg.notify('100 Trying', false);
    leg.notify('200 OK');
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'call-id')).toBe(leg.callId);
    expect(kinds(seen)).toEqual(['ringing', 'accepted', 'ended transferred']);
  });

  it.each([
    ['the target is busy', '486 Busy Here'],
    ['the target cannot be found', '404 Not Found'],
  ])('keeps the call when %s, reporting transfer-failed', async (_name, frag) => {
    const phone = await startPhone();
    const { seen, leg } = await connected(phone);
    seen.call.transfer('103');
    phone.peer.respond(await phone.peer.next('REFER'), 202, 'Accepted');
    leg.notify(frag);
    await settle();
    expect(phone.peer.queued().filter((line) => line.startsWith('BYE'))).toEqual([]);
    expect(kinds(seen)).toEqual(['ringing', 'accepted', 'transfer-failed']);
  });

  it('keeps the call when the REFER itself is refused', async () => {
    const phone = await startPhone();
    const { seen } = await connected(phone);
    seen.call.transfer('103');
    phone.peer.respond(await phone.peer.next('REFER'), 403, 'Forbidden');
    await settle();
    expect(kinds(seen)).toEqual(['ringing', 'accepted', 'transfer-failed']);
  });
});

describe('an INVITE with Replaces', () => {
  it('takes over the call it names: answered at once, the old leg ends as transferred', async () => {
    const phone = await startPhone();
    const old = await answered(phone);
    const phoneTag = /;tag=([^;]+)/.exec(old.leg.theirs)?.[1];
    const replaces = `${old.leg.callId};to-tag=${phoneTag};from-tag=${old.leg.toTag}`;
    const next = PeerLeg.call(phone.peer, { from: '103', headers: [['Replaces', replaces]] });
    const ok = await phone.peer.next(answerTo('INVITE', 200));
    expect(header(ok, 'call-id')).toBe(next.callId);
    const handover = old.seen.events.find((e) => e.type === 'handover');
    if (handover?.type !== 'handover') throw new Error('no handover');
    expect(handover.call.facts).toMatchObject({ direction: 'incoming', remoteNumber: '103' });
    expect(phone.incoming).toHaveLength(1);
    next.answered(ok);
    next.ack();
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'call-id')).toBe(old.leg.callId);
    expect(kinds(old.seen)).toEqual(['accepted', 'handover', 'ended transferred']);
  });

  it('naming no call of ours is answered 481 and rings nothing', async () => {
    const phone = await startPhone();
    PeerLeg.call(phone.peer, { headers: [['Replaces', 'gone@h;to-tag=a;from-tag=b']] });
    expect((await phone.peer.next(answerTo('INVITE'))).status).toBe(481);
    expect(phone.incoming).toEqual([]);
  });
});

describe('joining two calls', () => {
  it('refers one party to the other with Replaces; both of our legs end as transferred', async () => {
    const phone = await startPhone();
    const a = await answered(phone, '102');
    const b = await connected(phone, '103');
    a.seen.call.attendedTransfer(b.seen.call);
    const refer = await phone.peer.next('REFER');
    expect(header(refer, 'call-id')).toBe(a.leg.callId);
    const referTo = decodeURIComponent(header(refer, 'refer-to') ?? '');
    const phoneTag = /;tag=([^;]+)/.exec(header(b.invite, 'from') ?? '')?.[1];
    expect(referTo).toBe(
      `<sip:103@${DOMAIN}?Replaces=${b.leg.callId};to-tag=${b.leg.toTag};from-tag=${phoneTag}>`,
    );
    phone.peer.respond(refer, 202, 'Accepted');
    await settle();
    // The target takes the call that replaces ours and hangs up on our leg to it.
    b.leg.request('BYE');
    a.leg.notify('200 OK');
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'call-id')).toBe(a.leg.callId);
    expect(kinds(a.seen)).toEqual(['accepted', 'ended transferred']);
    expect(kinds(b.seen)).toEqual(['ringing', 'accepted', 'ended transferred']);
  });
});
