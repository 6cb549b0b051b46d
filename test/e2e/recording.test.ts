// Call recording between real phones through Kamailio: 100 calls 101, records for 5 s and hangs
// up; the stored recording is about 5 s of sound (decoded in the page: WebM from MediaRecorder
// reports no duration until seeked), plays and downloads from the history, and is gone from
// IndexedDB once deleted. With the automatic setting on, an answered call records by itself.
import { describe, expect, it } from 'vitest';
import { connect } from './callPage';
import { historyRecording, recordButton, SILENT_RMS, storedRecordings } from './recordingPage';
import { e2eSession } from './session';

const { registered } = e2eSession();

describe('call recording', { timeout: 60_000 }, () => {
  it('records both sides for 5 s, plays, downloads and deletes it from the history', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');

    await recordButton(alice, '101').click();
    await expect.poll(() => recordButton(alice, '101').getAttribute('aria-pressed')).toBe('true');
    const indicator = alice.call('101').getByRole('status').filter({ hasText: 'Recording' });
    await indicator.waitFor({ timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await alice.hangUp('101');

    await historyRecording(alice, '101').waitFor({ timeout: 10_000 });
    const [recording, ...others] = await storedRecordings(alice);
    expect(others).toEqual([]);
    expect(recording?.mimeType).toMatch(/^audio\/(webm|ogg)/);
    expect(recording?.seconds).toBeGreaterThan(4);
    expect(recording?.seconds).toBeLessThan(6);
    expect(recording?.rms).toBeGreaterThan(SILENT_RMS);

    await historyRecording(alice, '101').click();
    const dialog = alice.page.getByRole('dialog', { name: /^Recording of the call with 101, / });
    const player = dialog.locator('audio');
    await player.waitFor();
    expect(await player.getAttribute('src')).toMatch(/^blob:/);
    const download = dialog.getByRole('link', { name: 'Download', exact: true });
    expect(await download.getAttribute('download')).toMatch(
      /^call-\d{4}-\d{2}-\d{2}-\d{6}-101\.(webm|ogg)$/,
    );
    await dialog.getByRole('button', { name: 'Delete recording', exact: true }).click();
    await dialog.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => historyRecording(alice, '101').count()).toBe(0);
    expect(await storedRecordings(alice)).toEqual([]);
  });

  it('records an answered call by itself with the automatic setting on', async ({
    onTestFailed,
  }) => {
    const alice = await registered('100', onTestFailed);
    const bob = await registered('101', onTestFailed);
    const section = await alice.openSection('Audio and notifications');
    const automatic = section.getByRole('checkbox', {
      name: 'Record every call automatically once it is answered',
    });
    await automatic.check();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await alice.home();

    await connect(bob, alice, '101', '100');
    await expect.poll(() => recordButton(alice, '101').getAttribute('aria-pressed')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await bob.hangUp('100');
    await historyRecording(alice, '101').waitFor({ timeout: 10_000 });
    const [recording] = await storedRecordings(alice);
    expect(recording?.seconds).toBeGreaterThan(1);
    expect(recording?.rms).toBeGreaterThan(SILENT_RMS);
  });
});
