// Do not disturb through Kamailio: a raw SIP client at 101 calls the phone at 100 in Chromium.
// While it is on, every call gets 486 Busy Here with no 180 Ringing before it (a 180 would light
// colleagues' BLF as ringing), and is kept in the history; it stays on over a reload.
import { expect, it, type TestContext } from 'vitest';
import { account } from './harness';
import type { PhonePage } from './phonePage';
import { rawCaller } from './rawCaller';
import { e2eSession } from './session';
import { ackFor, cancelFor, invite, responseTo, type SipSocket } from './sipWire';

const { started, registered } = e2eSession();

/** Calls 100 from 101 and returns every response up to the final one, statuses in order. */
async function callRefused(sock: SipSocket): Promise<number[]> {
  const { pbx } = started();
  const call = await invite(sock, account(pbx, '101'), pbx.domain, '100');
  const statuses: number[] = [];
  for (;;) {
    const response = await sock.next(responseTo(call.callId, 'INVITE', false), 10_000);
    statuses.push(response.status ?? 0);
    if ((response.status ?? 0) >= 200) {
      sock.send(ackFor(call, response, `sip:100@${pbx.domain}`));
      return statuses;
    }
  }
}

const toggle = (phone: PhonePage) =>
  phone.page.getByRole('banner').getByRole('button', { name: 'Do not disturb', exact: true });

it('refuses calls with 486 and no 180 while on, keeps them in history, and stays on over a reload', async ({
  onTestFailed,
}: TestContext) => {
  const { pbx } = started();
  const alice = await registered('100', onTestFailed);
  const sock = await rawCaller(pbx, '101');
  try {
    await toggle(alice).click();
    await expect.poll(() => toggle(alice).getAttribute('aria-pressed')).toBe('true');
    // 100 Trying comes from Kamailio; the phone itself says nothing before its 486.
    expect((await callRefused(sock)).filter((s) => s !== 100)).toEqual([486]);
    await alice.waitForHistoryEntry([/\b101\b/, /Rejected: do not disturb/]);
    // Shown ended for a moment, as a call refused on a busy line is; never as ringing.
    await expect.poll(() => alice.call('101').count(), { timeout: 10_000 }).toBe(0);

    await alice.reload();
    expect(await alice.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
    await expect.poll(() => toggle(alice).getAttribute('aria-pressed')).toBe('true');
    expect((await callRefused(sock)).filter((s) => s !== 100)).toEqual([486]);

    await toggle(alice).click();
    await expect.poll(() => toggle(alice).getAttribute('aria-pressed')).toBe('false');
    const ringing = await invite(sock, account(pbx, '101'), pbx.domain, '100');
    await alice.waitForCallStatus('101', /Incoming call/);
    const provisional = responseTo(ringing.callId, 'INVITE', false);
    await sock.next((m) => provisional(m) && m.status === 180, 5_000);
    sock.send(cancelFor(ringing));
    const end = await sock.next(responseTo(ringing.callId, 'INVITE'), 5_000);
    expect(end.status).toBe(487);
    sock.send(ackFor(ringing, end, `sip:100@${pbx.domain}`));
    await expect.poll(() => alice.call('101').count(), { timeout: 10_000 }).toBe(0);
  } finally {
    await sock.close();
  }
});
