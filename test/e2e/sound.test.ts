// Sound in real Chromium through Kamailio, with its fake microphone (a beep every second): a call
// between two phones shows its quality as Good on both sides and the other party's level moves;
// the audio settings' microphone meter shows a level and the call output's test sound plays; an
// own ringtone file is taken (a real WAV made here) and kept, a bad one refused with a message.
import { describe, expect, it } from 'vitest';
import { beepWav } from '../../src/phone/media/wav';
import { connect } from './callPage';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { registered } = e2eSession();

/** The highest value a meter shows over a while, read as the page draws it. */
function meterPeak(phone: PhonePage, name: string, ms: number): Promise<number> {
  return phone.page.evaluate(
    ({ name, ms }) =>
      new Promise<number>((resolve) => {
        let peak = 0;
        const read = () => {
          for (const meter of document.querySelectorAll('meter')) {
            if (meter.getAttribute('aria-label') === name) peak = Math.max(peak, meter.value);
          }
        };
        const timer = setInterval(read, 50);
        setTimeout(() => {
          clearInterval(timer);
          resolve(peak);
        }, ms);
      }),
    { name, ms },
  );
}

/** Media elements asked to play a blob: URL (the speaker test) that really played some of it. */
function playedSamples(phone: PhonePage): Promise<number> {
  return phone.page.evaluate(
    () =>
      [...(window as unknown as { __mediaPlayers: Set<HTMLMediaElement> }).__mediaPlayers].filter(
        (p) => p.currentSrc.startsWith('blob:') && p.currentTime > 0,
      ).length,
  );
}

describe('sound', { timeout: 60_000 }, () => {
  it('a call shows Good quality on both sides, and the other party’s level moves', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');
    for (const [phone, other] of [
      [alice, '101'],
      [bob, '100'],
    ] as const) {
      const quality = phone.call(other).getByRole('img', { name: /^Call quality: / });
      await expect.poll(() => quality.textContent(), { timeout: 8_000 }).toBe('Good');
      expect(await quality.getAttribute('title')).toMatch(/^Loss 0\.0 % · Jitter \d+ ms/);
      expect(await meterPeak(phone, 'Level of the other party', 1_500)).toBeGreaterThan(20);
    }
  });

  it('the audio settings show the microphone level and play the call output’s test sound', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    await alice.openSection('Audio and notifications');
    const checks = alice.page.getByRole('region', { name: 'Test your audio', exact: true });
    await checks.getByRole('button', { name: 'Test the microphone', exact: true }).click();
    expect(await meterPeak(alice, 'Microphone level', 1_500)).toBeGreaterThan(20);
    await checks.getByRole('button', { name: 'Stop the microphone test', exact: true }).click();
    expect(await checks.getByRole('meter').count()).toBe(0);

    await checks.getByRole('button', { name: 'Test the call audio output', exact: true }).click();
    await expect.poll(() => playedSamples(alice)).toBe(1);
    await checks.getByRole('button', { name: 'Test the ringtone output', exact: true }).click();
    await expect
      .poll(() => checks.getByRole('status').textContent())
      .toBe('Playing a test sound on Ringtone output.');
  });

  it('takes an own ringtone file and keeps it; refuses a bad one and says why', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const section = async () => {
      await alice.openSection('Audio and notifications');
      return alice.page.getByRole('region', { name: 'Ringtone', exact: true });
    };
    const ringtone = await section();
    const file = ringtone.getByLabel('Choose a sound file', { exact: true });
    await file.setInputFiles({
      name: 'bad.mp3',
      mimeType: 'audio/mpeg',
      buffer: Buffer.from('<html>'),
    });
    await expect
      .poll(() => ringtone.getByRole('alert').textContent())
      .toMatch(/^That file is not a sound file this phone can play/);
    const choice = ringtone.getByRole('combobox', { name: 'Ringtone', exact: true });
    expect(await choice.inputValue()).toBe('classic');

    const wav = Buffer.from(beepWav({ seconds: 0.4 }));
    await file.setInputFiles({ name: 'tone.wav', mimeType: 'audio/wav', buffer: wav });
    await expect
      .poll(() => ringtone.getByRole('status').textContent())
      .toBe('Ringtone file saved: tone.wav.');
    expect(await choice.inputValue()).toBe('own');

    await alice.reload();
    await alice.expectRegistered(15_000);
    const kept = await section();
    await expect
      .poll(() => kept.getByRole('combobox', { name: 'Ringtone', exact: true }).inputValue())
      .toBe('own');
    await expect.poll(() => kept.getByText(/^Own file: tone\.wav/).count()).toBe(1);
  });
});
