// Two lines on one phone, joining them by attended transfer, a reload in the middle of a call and
// a crash of the other side: real phones through Kamailio, driven through the UI only.
import { describe, expect, it } from 'vitest';
import {
  connect,
  inboundAudioGrowth,
  inboundAudioGrowthByConnection,
  joinWith,
  resume,
} from './callPage';
import { e2eSession } from './session';

const { registered } = e2eSession();

/** Audio bytes a held line may still receive over the window: a packet in flight at most. */
const SILENT_BYTES = 200;
const WINDOW_MS = 1_500;
/** Lets a re-INVITE's answer take effect and the packets sent before it arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/** A cut-off call's entry: its length, then the cause. */
const ENDED = /\b(\d+:\d\d) (?:Hung up|Connection lost)/;

/** The seconds in the first m:ss of `text`. */
function secondsOf(text: string): number {
  const [, minutes = 'NaN', seconds = 'NaN'] = /(\d+):(\d\d)/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(seconds);
}

/** A connected call in the history: its duration is past 0:00, followed by the end cause. */
const answered = (cause: string) => new RegExp(`\\b(?!0:00 )\\d+:\\d\\d ${cause}`);

describe('two lines', { timeout: 90_000 }, () => {
  it('Two lines: 100 answers 102 while talking to 101, switches back, hangs up each', async ({
    onTestFailed,
  }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    const p102 = await registered('102', onTestFailed);
    await connect(p100, p101, '100', '101');

    await p102.dial('100');
    await p100.waitForCallStatus('102', /Incoming call/);
    expect(await p100.callStatus('101')).toMatch(/^In call [0-9:]+$/);
    await p100.answer('102');
    await p100.waitForCallStatus('102', /^In call [0-9:]+$/);
    await p102.waitForCallStatus('100', /^In call [0-9:]+$/);
    await p100.waitForCallStatus('101', /· On hold/);
    await p101.waitForCallStatus('100', /· Held by the other party/);
    await settle();
    // 100's first connection is the line with 101, the second the line with 102.
    const [with101, with102] = await inboundAudioGrowthByConnection(p100, WINDOW_MS);
    expect(with101).toBeLessThan(SILENT_BYTES);
    expect(with102).toBeGreaterThan(1000);
    expect(await inboundAudioGrowth(p101, WINDOW_MS)).toBeLessThan(SILENT_BYTES);
    expect(await p102.waitForAudioFlow()).toBeGreaterThan(1000);

    await resume(p100, '101');
    await p100.waitForCallStatus('101', /^In call [0-9:]+$/);
    await p101.waitForCallStatus('100', /^In call [0-9:]+$/);
    await p100.waitForCallStatus('102', /· On hold/);
    await p102.waitForCallStatus('100', /· Held by the other party/);
    await settle();
    const [back101, back102] = await inboundAudioGrowthByConnection(p100, WINDOW_MS);
    expect(back101).toBeGreaterThan(1000);
    expect(back102).toBeLessThan(SILENT_BYTES);
    expect(await inboundAudioGrowth(p102, WINDOW_MS)).toBeLessThan(SILENT_BYTES);
    expect(await p101.waitForAudioFlow()).toBeGreaterThan(1000);

    await p100.hangUp('101');
    await p100.waitForCallStatus('101', /^Hung up$/);
    await p101.waitForCallStatus('100', /^Ended by the other party$/);
    // The other line stays held until the user picks it up or ends it.
    expect(await p100.callStatus('102')).toMatch(/· On hold/);
    await p100.hangUp('102');
    await p100.waitForCallStatus('102', /^Hung up$/);
    await p102.waitForCallStatus('100', /^Ended by the other party$/);

    await p100.waitForHistoryEntry([/^Outgoing 101\b/, answered('Hung up')]);
    await p100.waitForHistoryEntry([/^Incoming 102\b/, answered('Hung up')]);
    await p101.waitForHistoryEntry([/^Incoming 100\b/, answered('Ended by the other party')]);
    await p102.waitForHistoryEntry([/^Outgoing 100\b/, answered('Ended by the other party')]);
    expect(await p100.historyEntries()).toHaveLength(2);
    expect(await p101.historyEntries()).toHaveLength(1);
    expect(await p102.historyEntries()).toHaveLength(1);
  });

  // Either line's Transfer form can join: on 101's (the held one) the REFER goes to 101, who calls
  // 102; on 102's it goes to 102, who calls 101. Either way the new call replaces one of 100's.
  it.for([
    ['101', '102'],
    ['102', '101'],
  ] as const)(
    'Attended transfer: 100 joins 101 and 102 from the line with %s',
    async ([line, other], { onTestFailed }) => {
      const p100 = await registered('100', onTestFailed);
      const p101 = await registered('101', onTestFailed);
      const p102 = await registered('102', onTestFailed);
      await connect(p100, p101, '100', '101');

      // The consultation call: dialling puts 101 on hold first.
      await p100.dial('102');
      await p100.waitForCallStatus('101', /· On hold/);
      await p101.waitForCallStatus('100', /· Held by the other party/);
      await p102.waitForCallStatus('100', /Incoming call/);
      await p102.answer('100');
      await p100.waitForCallStatus('102', /^In call [0-9:]+$/);

      await joinWith(p100, line, other);
      await p101.waitForCallStatus('102', /^In call [0-9:]+$/);
      await p102.waitForCallStatus('101', /^In call [0-9:]+$/);
      expect(await p100.waitForCallStatus('101', /^Transferred$/, 5_000)).toBe('Transferred');
      expect(await p100.waitForCallStatus('102', /^Transferred$/, 5_000)).toBe('Transferred');
      expect(await p101.waitForAudioFlow()).toBeGreaterThan(1000);
      expect(await p102.waitForAudioFlow()).toBeGreaterThan(1000);

      await p100.waitForHistoryEntry([/^Outgoing 101\b/, answered('Transferred')]);
      // The consultation call may be shorter than a second: no duration to check.
      await p100.waitForHistoryEntry([/^Outgoing 102\b/, /Transferred/]);
      await p101.waitForHistoryEntry([/^Incoming 100\b/, /Transferred/]);
      await p102.waitForHistoryEntry([/^Incoming 100\b/, /Transferred/]);
      await p101.waitForHistoryEntry([/^(Incoming|Outgoing) 102\b/]);
      await p102.waitForHistoryEntry([/^(Incoming|Outgoing) 101\b/]);
      expect(await p100.historyEntries()).toHaveLength(2);
      expect(await p101.historyEntries()).toHaveLength(2);
      expect(await p102.historyEntries()).toHaveLength(2);
    },
  );

  it('A reload in the middle of a call loses no history entry, and the other side hangs up', async ({
    onTestFailed,
  }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    await connect(p100, p101, '100', '101');
    await p100.waitForHistoryEntry([/^Outgoing 101\b/]);

    await p100.reload();
    expect(await p100.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
    // Ended: a duration and a cause. The page's BYE on pagehide reaches 101; its own history
    // write does not land before the page goes, so the new page closes the entry.
    await p100.waitForHistoryEntry([/^Outgoing 101\b/, /\d+:\d\d (Hung up|Connection lost)/]);
    expect(await p100.historyEntries()).toHaveLength(1);
    expect(await p100.call('101').count()).toBe(0);

    await p101.waitForCallStatus('100', /^Ended by the other party$/, 5_000);
    await p101.waitForHistoryEntry([/^Incoming 100\b/, answered('Ended by the other party')]);
  });

  // The call runs a few seconds, then its window goes: the history keeps how long it went on.
  // A reload or a closed window stamps the moment on pagehide; a crash loses at most the second
  // since the last stamp.
  it.for([
    ['reload', 0],
    ['close', 0],
    ['crash', 1],
  ] as const)(
    'A call cut off by a %s keeps its real length in history, to within a second',
    async ([how, slack], { onTestFailed }) => {
      const p100 = await registered('100', onTestFailed);
      const p101 = await registered('101', onTestFailed);
      await connect(p100, p101, '100', '101');
      const status = await p100.waitForCallStatus('101', /^In call 0:0[4-9]$/, 15_000);
      // The timer shows whole seconds gone; the history rounds the length.
      const shown = secondsOf(status);
      if (how === 'reload') await p100.reload();
      if (how === 'crash') await p100.crash();
      if (how !== 'reload') await p100.reopen();
      expect(await p100.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
      const entry = await p100.waitForHistoryEntry([/^Outgoing 101\b/, ENDED]);
      const kept = secondsOf(ENDED.exec(entry)?.[1] ?? '');
      expect(kept).toBeGreaterThanOrEqual(shown - slack);
      expect(kept).toBeLessThanOrEqual(shown + 1);
      // Closed once: later beats of nothing never stretch it.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(await p100.historyEntries()).toEqual([entry]);
    },
  );

  it('Saving the account during a call is refused, and the call goes on with audio', async ({
    onTestFailed,
  }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    await connect(p100, p101, '100', '101');
    const form = await p100.openSettings();
    await form.getByLabel('Display name', { exact: true }).fill('Changed mid-call');
    await form.getByRole('button', { name: 'Save and register', exact: true }).click();
    await expect
      .poll(() => form.getByRole('alert').first().textContent())
      .toMatch(/Finish the call first/);
    expect(await p100.callStatus('101')).toMatch(/^In call [0-9:]+$/);
    expect(await p100.waitForAudioFlow()).toBeGreaterThan(1000);
    expect(await p101.waitForAudioFlow()).toBeGreaterThan(1000);
    expect(await p100.registrationText()).toMatch(/Registered as 100\b/);
  });

  it('The other side vanishing without a BYE (its tab crashes) ends the call as connection lost', async ({
    onTestFailed,
  }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    await connect(p100, p101, '100', '101');

    await p100.crash();
    // Chromium declares the connection failed once ICE consent expires, some 20-30 s later.
    expect(await p101.waitForCallStatus('100', /^Connection lost$/, 45_000)).toBe(
      'Connection lost',
    );
    await p101.waitForHistoryEntry([/^Incoming 100\b/, answered('Connection lost')]);
  });
});
