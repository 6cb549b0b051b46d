// A desk phone without WebRTC: Debian's baresip as account 200 with plain RTP/AVP and PCMU (no
// ICE, no DTLS), through the test's Kamailio with rtpengine as its media relay (startPbx's
// mediaRelay; the config's `plainrtp` table lists 200). rtpengine turns the desk phone's RTP into
// ICE + DTLS-SRTP + rtcp-mux for the browser and back, so neither side knows the other is
// different. Both directions: audio both ways (the app's inbound RTP grows, baresip decodes the
// fake microphone's beeps), hold both ways, DTMF by SIP INFO and by RFC 4733 (at 8000 Hz, as PCMU
// runs, baresip reads every telephone-event, which it does not over Opus). The SDP baresip sees
// is checked too: plain RTP/AVP, no candidates, no fingerprint. After a resume only the app's
// inbound audio is checked: baresip 1.0 decodes nothing more after a hold (see baresip.test.ts).
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import {
  type Baresip,
  digitsSince,
  expectAppHold,
  expectAudioBothWays,
  expectFarEndHold,
  registeredBaresip,
} from './baresip';
import { chooseDtmfMethod, pressKeys } from './callPage';
import { e2eSession } from './session';

const { started, registered } = e2eSession({ mediaRelay: true });
let desk: Baresip;

beforeAll(async () => {
  desk = await registeredBaresip({ pbx: started().pbx, user: '200', media: 'plain' });
}, 30_000);

afterAll(async () => {
  await desk?.stop();
});

/** The SDP bodies baresip received after `from` characters of its trace. */
function receivedSdp(baresip: Baresip, from: number): string {
  return baresip.output().slice(from);
}

describe('a desk phone without WebRTC, through the media relay', { timeout: 60_000 }, () => {
  it('calls the app: audio both ways, the desk phone holds, SIP INFO digits reach it', async ({
    onTestFailed,
  }: TestContext) => {
    onTestFailed(() => console.log(desk.output()));
    const { pbx } = started();
    const alice = await registered('100', onTestFailed);
    const mark = desk.events().length;
    const traced = desk.output().length;
    await desk.command('dial', `sip:100@${pbx.domain}`);
    await alice.waitForCallStatus('200', /Incoming call/);
    await alice.answer('200');
    await alice.waitForCallStatus('200', /^In call [0-9:]+$/);
    await desk.waitForEvent('CALL_ESTABLISHED', 5_000, mark);
    await expectAudioBothWays(alice, desk);
    // The app's answer reached the desk phone as plain RTP: no ICE, no DTLS.
    const answer = receivedSdp(desk, traced);
    expect(answer).toMatch(/m=audio \d+ RTP\/AVP /);
    expect(answer).not.toMatch(/a=candidate|a=fingerprint|a=ice-ufrag/);

    const digits = desk.events().length;
    await pressKeys(alice, '200', '12#');
    await expect.poll(() => digitsSince(desk, digits), { timeout: 5_000 }).toBe('12#');

    await expectFarEndHold(alice, desk, '200');

    await alice.hangUp('200');
    await desk.waitForEvent('CALL_CLOSED', 5_000, mark);
  });

  it('is called by the app: audio both ways, the app holds, RFC 4733 digits reach it', async ({
    onTestFailed,
  }: TestContext) => {
    onTestFailed(() => console.log(desk.output()));
    const alice = await registered('100', onTestFailed);
    await chooseDtmfMethod(alice, 'RFC 4733 (telephone-events in the audio)');
    const mark = desk.events().length;
    const traced = desk.output().length;
    await alice.dial('200');
    await desk.waitForEvent('CALL_INCOMING', 5_000, mark);
    const offer = receivedSdp(desk, traced);
    expect(offer).toMatch(/m=audio \d+ RTP\/AVP /);
    expect(offer).not.toMatch(/a=candidate|a=fingerprint|a=ice-ufrag/);
    await desk.command('accept');
    await alice.waitForCallStatus('200', /^In call [0-9:]+$/);
    await expectAudioBothWays(alice, desk);

    const digits = desk.events().length;
    await pressKeys(alice, '200', '47*');
    await expect.poll(() => digitsSince(desk, digits), { timeout: 5_000 }).toBe('47*');

    await expectAppHold(alice, desk, '200');

    await desk.command('hangup');
    await expect.poll(() => alice.call('200').count(), { timeout: 10_000 }).toBe(0);
  });
});
