// Debian's baresip (1.0) as a far end that is not a browser (test/e2e/baresip.ts): plain SIP over
// UDP through the test's Kamailio, ICE with a STUN server of the test's own (stunServer.ts; baresip's
// ICE gathers nothing without one), DTLS-SRTP and Opus. It calls the app and the app calls it; audio
// both ways (the app's inbound RTP grows, baresip decodes loud samples of Chromium's fake
// microphone); hold both ways; DTMF by SIP INFO and by RFC 4733.
//
// What baresip 1.0 needs, and what it cannot do, as seen here:
// - DTLS from one address only. baresip's ICE offers host candidates on every interface (-n
//   restricts SIP, not ICE), and its DTLS accepts the first peer address only: with loopback
//   candidates (--allow-loopback-in-peer-connection, as the other files run), Chromium moved its
//   DTLS from 127.0.0.1 to 192.0.2.x after a re-INVITE, baresip dropped it ("dtls already
//   accepted") and the call died. So this file's Chromium offers no loopback candidates, and
//   baresip runs with -4 (no IPv6): each side then has one address. The media leaves 127.0.0.1
//   for the machine's own interface address (it never leaves the machine), so this file needs a
//   machine with one non-loopback IPv4 interface, as every CI runner has.
// - The app holds only calls it placed. In a call baresip placed, baresip answers the app's hold
//   re-INVITE with a=setup:actpass, which an answer may not carry (RFC 5763); Chromium refuses it
//   and the app hangs up. baresip's own hold of a call it placed works, so each direction holds
//   in the test where it works.
// - After a hold and resume, baresip 1.0 decodes nothing more (its sndfile dump stops growing),
//   so after a resume only the app's inbound audio is checked.
// - RFC 4733: baresip 1.0 takes telephone-events only at 8000 Hz, while Chromium's Opus runs at
//   48 kHz; it logs the first digit's event ("received event: '4'") and drops the later ones of
//   the call. The test checks that first digit and that no INFO went out.
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
import { type StunServer, startStunServer } from './stunServer';

const { started, registered } = e2eSession({ loopbackCandidates: false });
let stun: StunServer;
let far: Baresip;

beforeAll(async () => {
  stun = await startStunServer();
  const { pbx } = started();
  far = await registeredBaresip({ pbx, user: '102', media: 'webrtc', stunUrl: stun.url });
}, 30_000);

afterAll(async () => {
  await far?.stop();
  await stun?.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('baresip as the far end', { timeout: 60_000 }, () => {
  it('calls the app: audio both ways, baresip holds, SIP INFO digits reach baresip', async ({
    onTestFailed,
  }: TestContext) => {
    onTestFailed(() => console.log(far.output()));
    const { pbx } = started();
    const alice = await registered('100', onTestFailed);
    const mark = far.events().length;
    await far.command('dial', `sip:100@${pbx.domain}`);
    await alice.waitForCallStatus('102', /Incoming call/);
    await alice.answer('102');
    await alice.waitForCallStatus('102', /^In call [0-9:]+$/);
    await far.waitForEvent('CALL_ESTABLISHED', 5_000, mark);
    expect(stun.answered()).toBeGreaterThan(0);
    await expectAudioBothWays(alice, far);

    const digits = far.events().length;
    await pressKeys(alice, '102', '12#');
    await expect.poll(() => digitsSince(far, digits), { timeout: 5_000 }).toBe('12#');
    expect(far.output()).toMatch(/Content-Type: application\/dtmf-relay/i);

    await expectFarEndHold(alice, far, '102');

    await alice.hangUp('102');
    await far.waitForEvent('CALL_CLOSED', 5_000, mark);
  });

  it('is called by the app: audio both ways, the app holds, RFC 4733 digits reach baresip', async ({
    onTestFailed,
  }: TestContext) => {
    onTestFailed(() => console.log(far.output()));
    const alice = await registered('100', onTestFailed);
    await chooseDtmfMethod(alice, 'RFC 4733 (telephone-events in the audio)');
    const mark = far.events().length;
    const infos = (far.output().match(/application\/dtmf-relay/gi) ?? []).length;
    await alice.dial('102');
    await far.waitForEvent('CALL_INCOMING', 5_000, mark);
    await far.command('accept');
    await alice.waitForCallStatus('102', /^In call [0-9:]+$/);
    await expectAudioBothWays(alice, far);

    // baresip reads the first digit from the RTP; later ones of the same call it drops (see the
    // header). No INFO goes out at all.
    const traced = far.output().length;
    await pressKeys(alice, '102', '47*');
    await expect
      .poll(() => far.output().slice(traced), { timeout: 5_000 })
      .toMatch(/received event: '4' \(end=1\)/);
    await pause(500);
    expect((far.output().match(/application\/dtmf-relay/gi) ?? []).length).toBe(infos);

    await expectAppHold(alice, far, '102');

    await far.command('hangup');
    await expect.poll(() => alice.call('102').count(), { timeout: 10_000 }).toBe(0);
  });
});
