// The controls of a live call between real phones through Kamailio: hold (the held side hears
// nothing, then audio again), DTMF seen by the other side, and blind transfer.
import { describe, expect, it } from 'vitest';
import {
  connect,
  hold,
  inboundAudioGrowth,
  pressKeys,
  receivedDigits,
  resume,
  transfer,
} from './callPage';
import { e2eSession } from './session';

const { registered } = e2eSession();

/**
 * Audio RTP bytes a silent call may still receive over the measuring window: none is expected,
 * the margin only covers a packet in flight when the window opens. Speech from the fake
 * microphone is thousands of bytes a second.
 */
const SILENT_BYTES = 200;
const WINDOW_MS = 1_500;

describe('call controls', { timeout: 60_000 }, () => {
  it('Hold: the held side receives no audio, and after resume audio flows again', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');

    await hold(alice, '101');
    await alice.waitForCallStatus('101', /· On hold/);
    await bob.waitForCallStatus('100', /· Held by the other party/);
    // Let the re-INVITE's answer take effect and the last packets sent before it arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await inboundAudioGrowth(bob, WINDOW_MS)).toBeLessThan(SILENT_BYTES);
    expect(await inboundAudioGrowth(alice, WINDOW_MS)).toBeLessThan(SILENT_BYTES);

    await resume(alice, '101');
    await alice.waitForCallStatus('101', /^In call [0-9:]+$/);
    await bob.waitForCallStatus('100', /^In call [0-9:]+$/);
    expect(await bob.waitForAudioFlow()).toBeGreaterThan(1000);
    expect(await alice.waitForAudioFlow()).toBeGreaterThan(1000);
  });

  it('DTMF: digits pressed on one side show on the other (SIP INFO through the PBX)', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');

    await pressKeys(alice, '101', '12#');
    await expect.poll(() => receivedDigits(bob, '100'), { timeout: 5_000 }).toBe('12#');
    // Nothing echoes back to the sender.
    expect(await receivedDigits(alice, '101')).toBe('');
  });

  it('Blind transfer: 101 puts 100 through to 102, who talks with 100', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    const carol = await registered('102', onTestFailed);
    await connect(alice, bob, '100', '101');

    await transfer(bob, '100', '102');
    await carol.waitForCallStatus('100', /Incoming call/);
    await carol.answer('100');
    await carol.waitForCallStatus('100', /In call/);
    await alice.waitForCallStatus('102', /In call/);
    // Both legs with 101 end as transferred (the panels stay a few seconds with their cause).
    expect(await bob.waitForCallStatus('100', /Transferred/, 2_000)).toMatch(/Transferred/);
    await alice.waitForCallStatus('101', /Transferred/, 2_000);
    expect(await alice.waitForAudioFlow()).toBeGreaterThan(1000);
    expect(await carol.waitForAudioFlow()).toBeGreaterThan(1000);

    await bob.waitForHistoryEntry([/Incoming/, /\b100\b/, /Transferred/]);
    await alice.waitForHistoryEntry([/Outgoing/, /\b101\b/, /Transferred/]);
    await alice.waitForHistoryEntry([/Outgoing/, /\b102\b/]);
    await carol.waitForHistoryEntry([/Incoming/, /\b100\b/]);
  });
});
