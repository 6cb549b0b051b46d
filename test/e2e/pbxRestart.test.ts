// A call survives a PBX restart. Kamailio keeps no call state worth keeping here: the audio goes
// browser to browser, and each in-dialog request is routed again by the registrar (the phone's
// GRUU) to the connection the phone opened after the restart. So while 100 and 101 talk,
// Kamailio restarts: audio arrives on both sides in every 1 s window, both phones register again,
// and then hold and resume, a DTMF digit and the hang-up all still reach the other side.
import { describe, expect, it } from 'vitest';
import { connect, hold, inboundAudioGrowth, pressKeys, receivedDigits, resume } from './callPage';
import { e2eSession } from './session';

const { started, registered } = e2eSession();

describe('a call through a PBX restart', { timeout: 90_000 }, () => {
  it('keeps its audio, and hold, DTMF and hang-up reach the other side after it', async ({
    onTestFailed,
  }) => {
    const { pbx } = started();
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');

    const restart = pbx.restart();
    const windows: number[][] = [];
    for (let i = 0; i < 6; i++) {
      windows.push(
        await Promise.all([inboundAudioGrowth(alice, 1_000), inboundAudioGrowth(bob, 1_000)]),
      );
    }
    await restart;
    console.log('inbound audio bytes per 1 s window [100, 101]:', JSON.stringify(windows));
    for (const [toAlice, toBob] of windows) {
      expect(toAlice).toBeGreaterThan(1_000);
      expect(toBob).toBeGreaterThan(1_000);
    }
    await alice.expectRegistered(10_000);
    await bob.expectRegistered(10_000);
    expect(await alice.callStatus('101')).toMatch(/^In call [0-9:]+$/);
    expect(await bob.callStatus('100')).toMatch(/^In call [0-9:]+$/);

    await hold(alice, '101');
    await bob.waitForCallStatus('100', /· Held by the other party/);
    await resume(alice, '101');
    await bob.waitForCallStatus('100', /^In call [0-9:]+$/);
    expect(await alice.waitForAudioFlow(5_000)).toBeGreaterThan(1000);

    await pressKeys(bob, '100', '5');
    await expect.poll(() => receivedDigits(alice, '101'), { timeout: 5_000 }).toBe('5');

    await alice.hangUp('101');
    await expect.poll(() => bob.call('100').count(), { timeout: 10_000 }).toBe(0);
  });
});
