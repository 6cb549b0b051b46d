// Auto-answer through Kamailio, between two phones in Chromium: 101 calls 100, and 100 answers
// by itself (a real 200 OK from the app, audio both ways) when its setting says so. For the PBX's
// ask, 101's own INVITE gets `Call-Info: <sip:x>;answer-after=0` added on its way out, as an
// intercom feature code on a PBX would add it.
import { expect, it, type TestContext } from 'vitest';
import { account } from './harness';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { started, open, registered } = e2eSession();

type Mode =
  | 'Off: every call rings until answered'
  | 'Every call, after the delay below'
  | 'Only when the PBX asks (intercom, paging)';

/** Sets auto-answer through Settings, as a user does, and goes back to the phone. */
async function setAutoAnswer(phone: PhonePage, mode: Mode, seconds?: string): Promise<void> {
  const section = await phone.openSection('Audio and notifications');
  const form = section.getByRole('form', { name: 'Auto-answer', exact: true });
  await form.getByRole('radio', { name: mode, exact: true }).check();
  if (seconds !== undefined) {
    await form.getByRole('textbox', { name: 'Delay (seconds)', exact: true }).fill(seconds);
  }
  await form.getByRole('button', { name: 'Save auto-answer', exact: true }).click();
  await expect.poll(() => form.getByRole('status').textContent()).toBe('Auto-answer saved.');
  await phone.home();
}

/** 101, registered, whose every INVITE leaves the page with an intercom Call-Info header added. */
async function intercomCaller(onTestFailed: TestContext['onTestFailed']) {
  const { pbx } = started();
  const phone = await open('101', onTestFailed);
  // By Call-ID: each call's INVITE goes twice, the second answering Kamailio's 407.
  const edited = new Set<string>();
  await phone.page.routeWebSocket(pbx.url, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (typeof message === 'string' && message.startsWith('INVITE ')) {
        edited.add(/\r\nCall-ID:\s*([^\r]*)/i.exec(message)?.[1] ?? '');
        server.send(message.replace('\r\n', '\r\nCall-Info: <sip:x>;answer-after=0\r\n'));
      } else server.send(message);
    });
  });
  await phone.configure(account(pbx, '101'), pbx.url, { domain: pbx.domain });
  expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 101\b/);
  return { phone, edited: () => edited.size };
}

const autoNote = (phone: PhonePage) =>
  phone.call('101').getByRole('timer', { name: 'Automatic answer', exact: true });

it('every call after 1 s: answered with no click about a second later, audio both ways', async ({
  onTestFailed,
}: TestContext) => {
  const [alice, bob] = await Promise.all([
    registered('100', onTestFailed),
    registered('101', onTestFailed),
  ]);
  await setAutoAnswer(alice, 'Every call, after the delay below', '1');
  await bob.dial('100');
  await alice.waitForCallStatus('101', /Incoming call/);
  const rang = Date.now();
  await expect.poll(() => autoNote(alice).textContent()).toMatch(/^Answering automatically/);
  await alice.waitForCallStatus('101', /^In call [0-9:]+$/, 5_000);
  const waited = Date.now() - rang;
  // The delay, then the beep; the status poll adds its own slack.
  expect(waited).toBeGreaterThan(700);
  expect(waited).toBeLessThan(4_000);
  await bob.waitForCallStatus('100', /^In call [0-9:]+$/);
  await alice.waitForAudioFlow();
  await bob.waitForAudioFlow();
  expect(await autoNote(alice).count()).toBe(0);
  await bob.hangUp('100');
  await alice.waitForHistoryEntry([/\b101\b/]);
});

it('only when the PBX asks: an intercom call opens at once; with the setting off it rings and waits', async ({
  onTestFailed,
}: TestContext) => {
  const alice = await registered('100', onTestFailed);
  const bob = await intercomCaller(onTestFailed);
  await setAutoAnswer(alice, 'Only when the PBX asks (intercom, paging)');
  await bob.phone.dial('100');
  await alice.waitForCallStatus('101', /^In call [0-9:]+$/, 5_000);
  await bob.phone.waitForCallStatus('100', /^In call [0-9:]+$/);
  expect(bob.edited()).toBe(1);
  await alice.waitForAudioFlow();
  await bob.phone.waitForAudioFlow();
  await bob.phone.hangUp('100');
  await expect.poll(() => alice.call('101').count(), { timeout: 10_000 }).toBe(0);

  await setAutoAnswer(alice, 'Off: every call rings until answered');
  await bob.phone.dial('100');
  await alice.waitForCallStatus('101', /Incoming call/);
  expect(bob.edited()).toBe(2);
  // answer-after=0 would have opened it well within this.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(await alice.callStatus('101')).toMatch(/Incoming call/);
  expect(await autoNote(alice).count()).toBe(0);
  await bob.phone.hangUp('100');
  await expect.poll(() => alice.call('101').count(), { timeout: 10_000 }).toBe(0);
});
