// Audio devices and incoming-call notifications, in real Chromium with its fake devices: a chosen
// microphone survives a reload and is the one a call speaks through; an incoming call while the
// window is hidden shows a notification naming the caller, closed once answered.
import { describe, expect, it } from 'vitest';
import { hideAndRecord, notifications, setHidden } from './notificationRecorder';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { registered } = e2eSession();

/** Chromium's --use-fake-device-for-media-stream lists this input besides the default one. */
const FAKE_MIC = 'Fake Audio Input 2';

/** The label of the microphone track each peer connection sends. */
function sentTrackLabels(phone: PhonePage): Promise<string[]> {
  return phone.page.evaluate(() =>
    ((window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections ?? [])
      .flatMap((pc) => pc.getSenders())
      .map((sender) => sender.track?.label ?? ''),
  );
}

// Test-side instrumentation: keeps every AudioContext the page makes (the tones' one).
const recordAudioContexts = `(() => {
  const Original = window.AudioContext;
  const list = [];
  Object.defineProperty(window, '__audioContexts', { value: list });
  window.AudioContext = class extends Original {
    constructor(...args) {
      super(...args);
      list.push(this);
    }
  };
})();`;

/** The tones' output and state, and the output of every call's audio element. */
function outputs(phone: PhonePage) {
  return phone.page.evaluate(() => {
    const w = window as unknown as {
      __audioContexts: (AudioContext & { sinkId: string })[];
      __mediaPlayers: Set<HTMLMediaElement>;
    };
    return {
      tones: w.__audioContexts.map((c) => ({ sinkId: c.sinkId, state: c.state })),
      calls: [...w.__mediaPlayers].map((p) => p.sinkId),
    };
  });
}

describe('devices and notifications', { timeout: 60_000 }, () => {
  it('keeps the chosen microphone after a reload, and calls speak through it', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    const settings = async () => {
      await alice.openSection('Audio and notifications');
      return alice.page.getByRole('region', { name: 'Audio devices', exact: true });
    };
    const microphone = (await settings()).getByRole('combobox', {
      name: 'Microphone',
      exact: true,
    });
    await microphone.selectOption({ label: FAKE_MIC });
    await expect
      .poll(() => alice.page.getByRole('status').filter({ hasText: 'Saved: Microphone.' }).count())
      .toBe(1);

    await alice.reload();
    await alice.expectRegistered(15_000);
    const kept = (await settings()).getByRole('combobox', { name: 'Microphone', exact: true });
    await expect.poll(() => kept.locator('option:checked').textContent()).toBe(FAKE_MIC);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await bob.answer('100');
    await alice.waitForCallStatus('101', /In call/);
    expect(await sentTrackLabels(alice)).toEqual([FAKE_MIC]);
    await alice.hangUp('101');
  });

  it('rings on the chosen ringtone output and plays the call on the chosen call output', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await bob.context.addInitScript({ content: recordAudioContexts });
    await bob.reload();
    await bob.expectRegistered(15_000);
    await bob.openSection('Audio and notifications');
    const section = bob.page.getByRole('region', { name: 'Audio devices', exact: true });
    const choose = async (name: string, label: string) => {
      const select = section.getByRole('combobox', { name, exact: true });
      await select.selectOption({ label });
      return select.inputValue();
    };
    const ringOut = await choose('Ringtone output', 'Fake Audio Output 1');
    const callOut = await choose('Call audio output', 'Fake Audio Output 2');
    expect(ringOut).not.toBe(callOut);

    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    await expect
      .poll(() => outputs(bob))
      .toEqual({
        tones: [{ sinkId: ringOut, state: 'running' }],
        calls: [],
      });
    await bob.answer('100');
    await bob.waitForRemoteAudioPlaying();
    await expect
      .poll(() => outputs(bob))
      .toEqual({
        tones: [{ sinkId: ringOut, state: 'suspended' }],
        calls: [callOut],
      });
  });

  it('shows an incoming call as a notification only while the window is hidden', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await bob.context.grantPermissions(['notifications']);
    await bob.context.addInitScript({ content: hideAndRecord });
    await bob.context.addInitScript({ content: recordAudioContexts });
    await bob.reload();
    await bob.expectRegistered(15_000);

    // In front: the call panel is enough, no notification.
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    expect(await notifications(bob)).toEqual([]);
    await alice.hangUp('101');
    // The ended call leaves the screen after a moment; the next one is then the only "Call with 100".
    await expect.poll(() => bob.call('100').count(), { timeout: 10_000 }).toBe(0);

    await setHidden(bob, true);
    await alice.dial('101');
    await bob.waitForCallStatus('100', /Incoming call/);
    const invites = await bob.receivedInvites();
    const callId = invites.at(-1)?.callId;
    await expect
      .poll(() => notifications(bob))
      .toEqual([
        {
          title: 'Incoming call',
          body: expect.stringContaining('100'),
          tag: callId,
          requireInteraction: true,
          closed: false,
        },
      ]);
    // The ringtone does not wait for the window to come back.
    await expect
      .poll(async () => (await outputs(bob)).tones.map((t) => t.state))
      .toEqual(['running']);
    await bob.answer('100');
    await expect.poll(async () => (await notifications(bob))[0]?.closed).toBe(true);
    await bob.waitForCallStatus('100', /In call/);
  });
});
