// Colleagues' lines (BLF) and the voicemail light in Chromium, against the local Kamailio with its
// presence modules: states come from real calls through the PBX, the voicemail NOTIFY from a raw
// SIP client through it, as a voicemail server would send one.
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { colleague, watchColleagues } from './colleaguesPage';
import { account, type Pbx, type PhonePage, startPbx } from './harness';
import { rawCaller } from './rawCaller';
import { e2eSession } from './session';
import {
  branch,
  buildSip,
  digest,
  header,
  invite,
  reply,
  requestOf,
  responseTo,
  tag,
} from './sipWire';

const { started, registered } = e2eSession();
const ownPbxes: Pbx[] = [];

afterEach(async () => {
  await Promise.all(ownPbxes.splice(0).map((pbx) => pbx.stop()));
});

/** A Kamailio of the test's own (stopped after it), and a phone on it registered as `user`. */
async function onOwnPbx(user: string, onTestFailed: TestContext['onTestFailed']) {
  const pbx = await startPbx();
  ownPbxes.push(pbx);
  return { pbx, phone: await registered(user, onTestFailed, pbx) };
}

/** Waits for the colleague's row to say `state`, at most `ms` after now. */
async function shows(phone: PhonePage, user: string, state: string, ms: number): Promise<number> {
  const from = Date.now();
  await colleague(phone, user, state).waitFor({ timeout: ms });
  return Date.now() - from;
}

describe('colleagues and voicemail', { timeout: 90_000 }, () => {
  it('shows a call between two colleagues ringing, in progress and over, within a second', async ({
    onTestFailed,
  }) => {
    const watcher = await registered('100', onTestFailed);
    const a = await registered('101', onTestFailed);
    const b = await registered('102', onTestFailed);
    await watchColleagues(watcher, { watched: ['101', '102'], pickupPrefix: '*8' });
    await shows(watcher, '101', 'Idle', 5_000);
    await shows(watcher, '102', 'Idle', 5_000);

    await a.dial('102');
    await b.waitForCallStatus('101', /Incoming call/);
    expect(await shows(watcher, '101', 'Ringing', 1_000)).toBeLessThan(1_000);
    expect(await shows(watcher, '102', 'Ringing', 1_000)).toBeLessThan(1_000);
    // The called one can be picked up with the PBX's code; the caller cannot.
    const pickUp = (user: string) =>
      watcher.page.getByRole('button', { name: `Pick up the call ringing for ${user}` });
    await pickUp('102').waitFor({ timeout: 1_000 });
    expect(await pickUp('101').count()).toBe(0);

    await b.answer('101');
    await a.waitForCallStatus('102', /^In call/);
    expect(await shows(watcher, '101', 'In a call', 1_000)).toBeLessThan(1_000);
    expect(await shows(watcher, '102', 'In a call', 1_000)).toBeLessThan(1_000);
    expect(await pickUp('102').count()).toBe(0);

    await a.hangUp('102');
    await b.waitForCallStatus('101', /Ended/i, 5_000);
    expect(await shows(watcher, '101', 'Idle', 1_000)).toBeLessThan(1_000);
    expect(await shows(watcher, '102', 'Idle', 1_000)).toBeLessThan(1_000);
  });

  it('shows a colleague offline until a phone of theirs registers, and again once it is closed', async ({
    onTestFailed,
  }) => {
    // Its own Kamailio: no earlier test has registered 102 there.
    const { pbx, phone: watcher } = await onOwnPbx('100', onTestFailed);
    await watchColleagues(watcher, { watched: ['102'] });
    await shows(watcher, '102', 'Offline', 5_000);

    const b = await registered('102', onTestFailed, pbx);
    expect(await shows(watcher, '102', 'Idle', 1_000)).toBeLessThan(1_000);

    // Closing the page unregisters it (pagehide), and the PBX withdraws its presence.
    await b.page.close();
    expect(await shows(watcher, '102', 'Offline', 2_000)).toBeLessThan(2_000);

    // A phone of 102's that never unregisters is replaced by the next one to register: the
    // PBX then says the old one's tuple is closed and the new one's open, which is reachable.
    const gone = await rawCaller(pbx, '102');
    await shows(watcher, '102', 'Idle', 1_000);
    const next = await rawCaller(pbx, '102');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await colleague(watcher, '102', 'Idle').count()).toBe(1);
    await Promise.all([gone.close(), next.close()]);
  });

  it('calls a colleague with a click, and transfers the call to another', async ({
    onTestFailed,
  }) => {
    const watcher = await registered('100', onTestFailed);
    const a = await registered('101', onTestFailed);
    const b = await registered('102', onTestFailed);
    await watchColleagues(watcher, { watched: ['101', '102'] });
    await shows(watcher, '101', 'Idle', 5_000);

    await colleague(watcher, '101').click();
    await a.waitForCallStatus('100', /Incoming call/);
    await a.answer('100');
    await watcher.waitForCallStatus('101', /^In call/);
    await shows(watcher, '101', 'In a call', 2_000);

    // Blind, through the call's own transfer: 101 is sent on to 102.
    await watcher.page.getByRole('button', { name: 'Transfer the call to 102' }).click();
    await b.waitForCallStatus('101', /Incoming call/);
    await b.answer('101');
    await a.waitForCallStatus('102', /^In call/);
    await shows(watcher, '102', 'In a call', 2_000);
    await a.hangUp('102');
    await shows(watcher, '101', 'Idle', 2_000);
  });

  it('lights the voicemail indicator with the count a message-summary NOTIFY gives', async ({
    onTestFailed,
  }) => {
    const { pbx } = started();
    const phone = await registered('100', onTestFailed);
    await watchColleagues(phone, { voicemailNumber: '*97' });
    const button = phone.page.getByRole('button', { name: /^Voicemail, / });
    await expect
      .poll(() => button.getAttribute('aria-label'))
      .toBe('Voicemail, No new voice messages');

    // The voicemail server: a SIP client that authenticates like any other, through Kamailio.
    const server = await rawCaller(pbx, '102');
    const voicemail = account(pbx, '102');
    const uri = `sip:100@${pbx.domain}`;
    const callId = `mwi-${tag()}`;
    const notify = (cseq: number, auth?: string) =>
      buildSip(
        `NOTIFY ${uri} SIP/2.0`,
        [
          ['Via', `SIP/2.0/WS ${tag()}.invalid;branch=${branch()}`],
          ['Max-Forwards', '70'],
          ['To', `<${uri}>`],
          ['From', `<sip:102@${pbx.domain}>;tag=${tag()}`],
          ['Call-ID', callId],
          ['CSeq', `${cseq} NOTIFY`],
          ['Contact', server.contact],
          ['Event', 'message-summary'],
          ['Subscription-State', 'active'],
          ['Content-Type', 'application/simple-message-summary'],
          ...(auth ? [['Proxy-Authorization', auth] as [string, string]] : []),
        ],
        `Messages-Waiting: yes\r\nMessage-Account: ${uri}\r\nVoice-Message: 2/8\r\n`,
      );
    server.send(notify(1));
    const challenge = await server.next(responseTo(callId, 'NOTIFY'));
    expect(challenge.status).toBe(407);
    const auth = digest(header(challenge, 'proxy-authenticate') ?? '', voicemail, 'NOTIFY', uri);
    server.send(notify(2, auth));
    expect((await server.next(responseTo(callId, 'NOTIFY'), 5_000)).status).toBe(200);

    await expect
      .poll(() => button.getAttribute('aria-label'))
      .toBe('Voicemail, 2 new voice messages');
    expect((await button.textContent())?.trim()).toBe('Voicemail2');
    await button.click();
    await phone.waitForCallStatus('*97', /Calling|Ended|not|unavailable/i);
    await server.close();
  });

  it('subscribes again after the PBX restarts, and shows the next call', async ({
    onTestFailed,
  }) => {
    // Its own Kamailio: the restart forgets every registration and subscription.
    const { pbx, phone: watcher } = await onOwnPbx('100', onTestFailed);
    await watchColleagues(watcher, { watched: ['101'] });
    // Nothing of 101's is registered on this PBX yet.
    await shows(watcher, '101', 'Offline', 5_000);

    await pbx.restart();
    await watcher.expectRegistered(15_000);
    await shows(watcher, '101', 'Offline', 5_000);

    const a = await rawCaller(pbx, '101');
    expect(await shows(watcher, '101', 'Idle', 1_000)).toBeLessThan(1_000);
    const b = await rawCaller(pbx, '102');
    const call = await invite(a, account(pbx, '101'), pbx.domain, '102');
    const offer = await b.next(requestOf('INVITE', call.callId), 5_000);
    b.send(
      reply(offer, 180, 'Ringing', tag()).replace(
        'Content-Length:',
        `Contact: ${b.contact}\r\nContent-Length:`,
      ),
    );
    expect(await shows(watcher, '101', 'Ringing', 1_000)).toBeLessThan(1_000);
    await Promise.all([a.close(), b.close()]);
  });
});
