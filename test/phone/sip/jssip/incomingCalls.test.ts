// Calls to the phone, through the adapter on real JsSIP: ringing, answering, hanging up from
// either side, the caller giving up, declining, no answer, media that dies; and the bad-request
// screen as the adapter wires it (guardedWebSocket in front of JsSIP's WebSocketInterface).
import { describe, expect, it, vi } from 'vitest';
import { header } from '../../../e2e/sipWire';
import { ANSWERED } from '../badRequestCases';
import { browser, GATHERING_MS } from './browserStandIns';
import { answered, ringing } from './callScripts';
import { advance, settle } from './clock';
import { PeerLeg } from './peerLeg';
import { ACCOUNT, kinds, phoneWorldEachTest, startPhone } from './phoneHarness';
import { directionOf } from './sdp';
import { answerTo, must } from './sipPeer';

phoneWorldEachTest();

describe('an incoming call', () => {
  it('rings with the facts of the INVITE, and nothing is reported before an answer', async () => {
    const phone = await startPhone();
    const { leg, seen } = await ringing(phone);
    expect(phone.incoming).toHaveLength(1);
    expect(seen.call.facts).toMatchObject({
      callId: leg.callId,
      direction: 'incoming',
      remoteNumber: '102',
      remoteName: 'Demo 102',
      ownExtension: '100',
    });
    expect(seen.events).toEqual([]);
    expect(browser.connections).toHaveLength(0);
  });

  it('answers with SDP, plays the remote audio, and ends when the caller hangs up', async () => {
    const phone = await startPhone();
    const { leg, seen, ok } = await answered(phone);
    expect(header(ok, 'content-type')).toBe('application/sdp');
    expect(directionOf(ok.body)).toBe('sendrecv');
    expect(browser.constraints).toEqual([{ audio: true, video: false }]);
    expect(kinds(seen)).toEqual(['accepted']);
    expect(phone.played).toEqual([leg.callId]);
    leg.request('BYE');
    await phone.peer.next(answerTo('BYE', 200));
    expect(kinds(seen)).toEqual(['accepted', 'ended hangup-remote']);
    expect(phone.stopped).toEqual([leg.callId]);
  });

  it('sends BYE when the user hangs up', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    seen.call.hangup();
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'call-id')).toBe(leg.callId);
    phone.peer.respond(bye, 200, 'OK');
    await settle();
    expect(kinds(seen)).toEqual(['accepted', 'ended hangup-local']);
  });

  it('is missed when the caller cancels it while it rings', async () => {
    const phone = await startPhone();
    const { leg, seen } = await ringing(phone);
    leg.cancel();
    await phone.peer.next(answerTo('CANCEL', 200));
    await phone.peer.next(answerTo('INVITE', 487));
    expect(kinds(seen)).toEqual(['ended missed']);
  });

  it('is declined with 486 Busy Here', async () => {
    const phone = await startPhone();
    const { seen } = await ringing(phone);
    seen.call.decline();
    const busy = await phone.peer.next(answerTo('INVITE'));
    expect(busy.status).toBe(486);
    await settle();
    expect(kinds(seen)).toEqual(['ended declined']);
  });

  it('is missed when nobody answers within JsSIP’s 60 s, which answers 408', async () => {
    const phone = await startPhone();
    const { seen } = await ringing(phone);
    await advance(60_000);
    expect(phone.peer.take(answerTo('INVITE')).status).toBe(408);
    expect(kinds(seen)).toEqual(['ended missed']);
  });

  it('is refused 480 when the phone stops while it rings', async () => {
    const phone = await startPhone();
    const { leg } = await ringing(phone);
    phone.adapter.stop();
    const refused = await phone.peer.next(answerTo('INVITE'));
    expect([refused.status, header(refused, 'call-id')]).toEqual([480, leg.callId]);
  });

  it('is left unanswered, for the PBX to offer elsewhere, when the phone is handed over', async () => {
    const phone = await startPhone();
    const { leg } = await ringing(phone);
    // The unregistration still goes out: only the call's answer is held back.
    phone.adapter.stop({ leaveRinging: true });
    await settle();
    const sent = phone.peer.log.filter((m) => header(m, 'call-id') === leg.callId);
    expect(sent.map((m) => m.status)).toEqual([100, 180]);
    const last = must(phone.peer.log.at(-1));
    expect([last.method, header(last, 'expires')]).toEqual(['REGISTER', '0']);
  });

  it('fails with a media error when the microphone is refused, answering 480', async () => {
    const phone = await startPhone();
    const { seen } = await ringing(phone);
    browser.denyMicrophone = true;
    seen.call.answer();
    expect((await phone.peer.next(answerTo('INVITE'))).status).toBe(480);
    expect(kinds(seen)).toEqual(['ended media-error']);
  });

  it('when the media path fails, reconnects with an ICE restart of its own once the caller sent none', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    browser.connections[0]?.fail();
    await advance(6_000 + GATHERING_MS);
    const restart = await phone.peer.next('INVITE');
    expect(header(restart, 'call-id')).toBe(leg.callId);
    expect(browser.connections[0]?.offers).toEqual([{ iceRestart: true }]);
    leg.acceptOffer(restart);
    await phone.peer.next('ACK');
    browser.connections[0]?.connect();
    await settle();
    expect(seen.events.slice(1)).toEqual([
      { type: 'reconnecting', reconnecting: true },
      { type: 'reconnecting', reconnecting: false },
    ]);
  });

  it('ends as connection lost, with a BYE, when no path came back within the limit', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    browser.connections[0]?.fail();
    // The restarts go and are answered, but the path stays broken.
    const sent = (method: string) =>
      phone.peer.queued().some((line) => line.startsWith(`${method} `));
    for (let waited = 0; waited < 60_000 && !sent('BYE'); waited += 4_000) {
      await advance(4_000);
      if (!sent('INVITE') || sent('BYE')) continue;
      leg.acceptOffer(phone.peer.take('INVITE'));
      await phone.peer.next('ACK');
    }
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'reason')).toContain('cause=408');
    expect(kinds(seen)).toEqual(['accepted', 'reconnecting', 'ended connection-lost']);
  });

  it('outlives the socket: after the reconnect, its BYE goes on the new connection', async () => {
    const phone = await startPhone();
    const { leg, seen } = await answered(phone);
    phone.peer.drop();
    await advance(500);
    expect(phone.peer.connections).toBe(2);
    expect(phone.states().at(-1)).toBe('registered');
    expect(kinds(seen)).toEqual(['accepted']);
    seen.call.hangup();
    const bye = await phone.peer.next('BYE');
    expect(header(bye, 'call-id')).toBe(leg.callId);
  });

  it('is reconnecting while the PBX cannot be reached, and ends as connection lost at the limit', async () => {
    const phone = await startPhone({ ...ACCOUNT, reconnectLimit: 20 });
    const { seen } = await answered(phone);
    phone.peer.up = false;
    phone.peer.drop();
    await advance(1_000);
    expect(kinds(seen)).toEqual(['accepted']);
    await advance(1_500);
    expect(seen.events.at(-1)).toEqual({ type: 'reconnecting', reconnecting: true });
    await advance(20_000);
    expect(kinds(seen).at(-1)).toBe('ended connection-lost');
  });

  it('is in call again once the PBX answers before the limit', async () => {
    const phone = await startPhone({ ...ACCOUNT, reconnectLimit: 20 });
    const { seen } = await answered(phone);
    phone.peer.up = false;
    phone.peer.drop();
    await advance(5_000);
    phone.peer.up = true;
    await advance(30_000);
    expect(kinds(seen)).toEqual(['accepted', 'reconnecting', 'reconnecting']);
    expect(seen.events.at(-1)).toEqual({ type: 'reconnecting', reconnecting: false });
  });
});

const responses = (log: { status?: number; reason?: string }[]) =>
  log.filter((m) => m.status !== undefined).map((m) => `${m.status} ${m.reason}`);

describe('the bad-request screen on the phone’s socket', () => {
  it('answers a malformed INVITE once with 400 and shows no session', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const phone = await startPhone();
    const before = phone.peer.log.length;
    const leg = PeerLeg.call(phone.peer, { callId: 'a&b@pbx.invalid' });
    await settle();
    const answers = phone.peer.log.slice(before);
    expect(responses(answers)).toEqual(['400 Bad Call-ID']);
    expect(header(must(answers[0]), 'call-id')).toBe(leg.callId);
    expect(phone.incoming).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('gives every known malformed request exactly its one answer, then still rings', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const phone = await startPhone();
    for (const { text, status, reason } of ANSWERED) {
      const before = phone.peer.log.length;
      phone.peer.send(text);
      await settle();
      expect(responses(phone.peer.log.slice(before))).toEqual([`${status} ${reason}`]);
    }
    expect(phone.incoming).toEqual([]);
    await ringing(phone);
    expect(phone.incoming).toHaveLength(1);
  });
});
