// The window that holds the phone can go away. Another open window of the app waits for the
// phone (a queued Web Lock); when the holder closes, or its renderer crashes, the waiting window
// registers within 2 s, shows the same history, and takes the next call.
import { describe, expect, it, type TestContext } from 'vitest';
import { connect, inboundAudioGrowth } from './callPage';
import type { PhonePage } from './harness';
import { e2eSession } from './session';

const { registered } = e2eSession();

const TAKEOVER_MS = 2_000;

/** A second window of the phone's browser, waiting while the first holds the phone. */
async function waitingWindow(phone: PhonePage) {
  const origin = new URL(phone.page.url()).origin;
  const page = await phone.context.newPage();
  phone.collectLogs(page, 'waiting window ');
  await page.goto(origin, { waitUntil: 'load' });
  await page.getByText('The phone is open in another window.', { exact: true }).waitFor();
  return page;
}

/** 100 with one call from 101 declined, so its history holds an entry. */
async function phoneWithHistory(onTestFailed: TestContext['onTestFailed']) {
  const p100 = await registered('100', onTestFailed);
  const p101 = await registered('101', onTestFailed);
  await p101.dial('100');
  await p100.waitForCallStatus('101', /Incoming call/);
  await p100.decline('101');
  await p100.waitForHistoryEntry([/^Incoming 101\b/]);
  return { p100, p101 };
}

describe('the phone window going away', { timeout: 60_000 }, () => {
  it.for(['closes', 'crashes'] as const)(
    'when it %s, a waiting window registers within 2 s, with the history, and takes calls',
    async (how, { onTestFailed }) => {
      const { p100, p101 } = await phoneWithHistory(onTestFailed);
      const waiting = await waitingWindow(p100);

      const since = Date.now();
      if (how === 'crashes') await p100.crash();
      else await p100.page.close({ runBeforeUnload: false });
      p100.page = waiting;
      await p100.expectRegistered(TAKEOVER_MS + 3_000);
      const took = Date.now() - since;
      console.log(`the waiting window registered ${took} ms after the phone window ${how}`);
      expect(took).toBeLessThan(TAKEOVER_MS);
      await p100.waitForHistoryEntry([/^Incoming 101\b/], 5_000);

      await connect(p101, p100, '101', '100');
      expect(await inboundAudioGrowth(p100, 1_000)).toBeGreaterThan(1_000);
      await p101.hangUp('100');
      await expect.poll(() => p100.call('101').count(), { timeout: 10_000 }).toBe(0);
    },
  );
});
