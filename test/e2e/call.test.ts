// Two real phones in Chromium against the local PBX: registration, a call with audio both
// ways, decline, and the registration failures a user can meet.
import { describe, expect, it } from 'vitest';
import { account, closedPort } from './harness';
import { e2eSession } from './session';

const { started, open, registered } = e2eSession();

describe('a call between two phones', { timeout: 60_000 }, () => {
  it('connects with audio both ways, ends on both sides and stays in history', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await bob.answer('100');
    await alice.waitForCallStatus('101', /In call/);
    await bob.waitForCallStatus('100', /In call/);

    expect(await alice.waitForAudioFlow()).toBeGreaterThan(1000);
    expect(await bob.waitForAudioFlow()).toBeGreaterThan(1000);
    await alice.waitForRemoteAudioPlaying();
    await bob.waitForRemoteAudioPlaying();

    // The final status names the end in words: "Hung up" here, "Ended by the other party" there.
    await alice.hangUp('101');
    await alice.waitForCallStatus('101', /Ended|Hung up/i, 5_000);
    await bob.waitForCallStatus('100', /Ended/i, 5_000);
    expect(await alice.remoteAudioPlayers()).toEqual([]);
    expect(await bob.remoteAudioPlayers()).toEqual([]);

    const outgoing = [/Outgoing/, /\b101\b/, /\b0:0\d\b/];
    const incoming = [/Incoming/, /\b100\b/, /\b0:0\d\b/];
    await alice.waitForHistoryEntry(outgoing);
    await bob.waitForHistoryEntry(incoming);

    await alice.reload();
    await bob.reload();
    expect(await alice.waitForHistoryEntry(outgoing)).toMatch(/Outgoing/);
    expect(await bob.waitForHistoryEntry(incoming)).toMatch(/Incoming/);
  });

  it('is busy for the caller when the callee declines', async ({ onTestFailed }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await bob.decline('100');
    // Busy, not Unavailable: the decline went out as 486 Busy Here, not JsSIP's default 480.
    expect(await alice.waitForCallStatus('101', /Busy/, 5_000)).toMatch(/Busy/);
    await alice.waitForHistoryEntry([/Outgoing/, /\b101\b/, /Busy/]);
    await bob.waitForHistoryEntry([/Incoming/, /\b100\b/, /Declined/]);
  });
});

describe('a call nobody answers', { timeout: 60_000 }, () => {
  it('is missed for the callee when the caller gives up', async ({ onTestFailed }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await alice.waitForCallStatus('101', /Ringing/);
    await alice.hangUp('101');
    expect(await bob.waitForCallStatus('100', /Missed/, 5_000)).toMatch(/Missed/);
    await alice.waitForHistoryEntry([/Outgoing/, /\b101\b/, /Cancelled/]);
    await bob.waitForHistoryEntry([/Missed/, /\b100\b/]);
  });
});

describe('registration', { timeout: 60_000 }, () => {
  it('unregisters, after which the PBX has nobody to ring', async ({ onTestFailed }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await bob.unregister();
    await bob.waitForRegistration(/^Not registered$/);
    await alice.dial('101');
    expect(await alice.waitForCallStatus('101', /Unavailable/, 5_000)).toMatch(/Unavailable/);
  });

  it('says the password is wrong', async ({ onTestFailed }) => {
    const { pbx } = started();
    const phone = await open('100', onTestFailed);
    await phone.configure(account(pbx, '100'), pbx.url, {
      domain: pbx.domain,
      password: 'not-the-password',
    });
    const text = await phone.waitForRegistration(/password/i, 20_000);
    expect(text).toMatch(/wrong.*password/i);
    expect(text).not.toMatch(/Registered as/);
  });

  it('says the PBX is unreachable', async ({ onTestFailed }) => {
    const { pbx } = started();
    const phone = await open('100', onTestFailed);
    const nowhere = `ws://127.0.0.1:${await closedPort()}`;
    await phone.configure(account(pbx, '100'), nowhere, { domain: pbx.domain });
    const text = await phone.waitForRegistration(/unreachable/i, 20_000);
    expect(text).not.toMatch(/Registered as/);
  });

  it('registers through the second URL when the first is unreachable', async ({ onTestFailed }) => {
    const { pbx } = started();
    const phone = await open('100', onTestFailed);
    const nowhere = `ws://127.0.0.1:${await closedPort()}`;
    await phone.configure(account(pbx, '100'), nowhere, {
      domain: pbx.domain,
      secondUrl: pbx.url,
    });
    expect(await phone.expectRegistered(30_000)).toMatch(/Registered as 100\b/);
  });
});
