// Calls the phone places, through the adapter on real JsSIP: the PBX's 407 challenge, ringing,
// answer, hanging up, cancelling, and every failure the far end can answer, as the app's cause.
import { describe, expect, it } from 'vitest';
import { header } from '../../../e2e/sipWire';
import { connected, dialled } from './callScripts';
import { advance, settle } from './clock';
import { kinds, phoneWorldEachTest, startPhone, watch } from './phoneHarness';
import { directionOf } from './sdp';
import { answerTo } from './sipPeer';

phoneWorldEachTest();

describe('an outgoing call', () => {
  it('is announced with the INVITE’s Call-ID, carries the extra headers, rings and is answered', async () => {
    const phone = await startPhone();
    const extras = { headers: ['X-Extended-Id: 42'] };
    const { seen, invite, leg, first } = await dialled(phone, '101', extras);
    expect(seen.call.facts).toMatchObject({
      callId: header(invite, 'call-id'),
      direction: 'outgoing',
      remoteNumber: '101',
    });
    expect(header(first, 'call-id')).toBe(header(invite, 'call-id'));
    expect(invite.uri).toBe('sip:101@voispeed.local');
    expect(header(invite, 'x-extended-id')).toBe('42');
    expect(directionOf(invite.body)).toBe('sendrecv');
    leg.reply(invite, 180, 'Ringing');
    await settle();
    expect(kinds(seen)).toEqual(['ringing']);
    leg.reply(invite, 200, 'OK', 'sendrecv');
    const ack = await phone.peer.next('ACK');
    expect(header(ack, 'to')).toContain(`tag=${leg.toTag}`);
    expect(kinds(seen)).toEqual(['ringing', 'accepted']);
    expect(phone.played).toEqual([seen.call.facts.callId]);
  });

  it('ends as hung up by the other side on its BYE, and by us with ours', async () => {
    const phone = await startPhone();
    const remote = await connected(phone);
    remote.leg.request('BYE');
    await phone.peer.next(answerTo('BYE', 200));
    expect(kinds(remote.seen)).toEqual(['ringing', 'accepted', 'ended hangup-remote']);
    const local = await connected(phone);
    local.seen.call.hangup();
    const bye = await phone.peer.next('BYE');
    expect(bye.uri).toBe(local.leg.contact.slice(1, -1));
    expect(kinds(local.seen)).toEqual(['ringing', 'accepted', 'ended hangup-local']);
  });

  it('is cancelled with CANCEL when the user hangs up while it rings', async () => {
    const phone = await startPhone();
    const { seen, invite, leg } = await dialled(phone);
    leg.reply(invite, 180, 'Ringing');
    await settle();
    seen.call.hangup();
    const cancel = await phone.peer.next('CANCEL');
    expect(header(cancel, 'via')).toBe(header(invite, 'via'));
    phone.peer.respond(cancel, 200, 'OK');
    leg.reply(invite, 487, 'Request Terminated');
    await phone.peer.next('ACK');
    expect(kinds(seen)).toEqual(['ringing', 'ended canceled']);
  });

  it('sends nothing when hung up before the INVITE left', async () => {
    const phone = await startPhone();
    const seen = watch(phone.adapter.call('101', '100'));
    seen.call.hangup();
    await settle();
    expect(phone.peer.queued()).toEqual([]);
    expect(kinds(seen)).toEqual(['ended canceled']);
  });

  it.each([
    [486, 'Busy Here', 'busy'],
    [600, 'Busy Everywhere', 'busy'],
    [603, 'Decline', 'rejected'],
    [403, 'Forbidden', 'rejected'],
    [404, 'Not Found', 'not-found'],
    [480, 'Temporarily Unavailable', 'unavailable'],
    [408, 'Request Timeout', 'unavailable'],
    [488, 'Not Acceptable Here', 'media-error'],
    [484, 'Address Incomplete', 'failed'],
    [503, 'Service Unavailable', 'failed'],
  ])('answered %i %s ends as %s, and is ACKed', async (status, reason, cause) => {
    const phone = await startPhone();
    const { seen, invite, leg } = await dialled(phone);
    leg.reply(invite, status, reason);
    const ack = await phone.peer.next('ACK');
    expect(header(ack, 'cseq')).toBe(header(invite, 'cseq')?.replace('INVITE', 'ACK'));
    expect(kinds(seen)).toEqual([`ended ${cause}`]);
  });

  it('is refused as rejected when the PBX challenges the credentials again', async () => {
    const phone = await startPhone();
    const { seen, invite } = await dialled(phone);
    phone.peer.challenge(invite, 407);
    await phone.peer.next('ACK');
    expect(kinds(seen)).toEqual(['ended rejected']);
  });

  it('JsSIP gives up on an INVITE nobody answers after 32 s, as if cancelled', async () => {
    const phone = await startPhone();
    const seen = watch(phone.adapter.call('101', '100'));
    await phone.peer.next('INVITE');
    await advance(31_999);
    expect(kinds(seen)).toEqual([]);
    await advance(1);
    // Timer B: JsSIP terminates, which before any answer is its own cancel.
    expect(kinds(seen)).toEqual(['ended canceled']);
    expect(phone.peer.queued()).toEqual([]);
  });
});
