// The controls of a live call, driven through a PhonePage by roles and labels: hold, resume, the
// keypad, transfer, and how much audio arrives over a while (to see that a held call is silent).
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { PhonePage } from './phonePage';

/**
 * `caller` calls `callee`, who answers: both see the call in progress, not held, and audio
 * flows both ways (each wait fails after 5 s without it).
 */
export async function connect(caller: PhonePage, callee: PhonePage, from: string, to: string) {
  await caller.dial(to);
  await callee.waitForCallStatus(from, /Incoming call/);
  await callee.answer(from);
  await caller.waitForCallStatus(to, /^In call [0-9:]+$/);
  await callee.waitForCallStatus(from, /^In call [0-9:]+$/);
  await caller.waitForAudioFlow();
  await callee.waitForAudioFlow();
}

function button(phone: PhonePage, number: string, name: string): Locator {
  return phone.call(number).getByRole('button', { name, exact: true });
}

export async function hold(phone: PhonePage, number: string): Promise<void> {
  await button(phone, number, 'Hold').click();
}

/**
 * Hold is a toggle: pressed again, it resumes. Resuming one line holds the other: the way to
 * switch between two calls.
 */
export async function resume(phone: PhonePage, number: string): Promise<void> {
  const hold = button(phone, number, 'Hold');
  if ((await hold.getAttribute('aria-pressed')) !== 'true') {
    throw new Error(`${phone.name}: the call with ${number} is not on hold, so it cannot resume`);
  }
  await hold.click();
}

/** Opens the call's keypad if it is closed, and presses each key in turn. */
export async function pressKeys(phone: PhonePage, number: string, keys: string): Promise<void> {
  const keypad = phone.call(number).getByRole('group', { name: `Keypad for ${number}` });
  if (!(await keypad.isVisible())) await button(phone, number, 'Keypad').click();
  for (const key of keys) {
    await keypad.getByRole('button', { name: key, exact: true }).click();
  }
}

/** The digits the other side sent on this call, '' while none arrived. */
export async function receivedDigits(phone: PhonePage, number: string): Promise<string> {
  const status = phone.call(number).getByRole('status', { name: 'Received digits', exact: true });
  if ((await status.count()) === 0) return '';
  return ((await status.textContent({ timeout: 2_000 })) ?? '').trim();
}

/** Blind transfer through the call's Transfer form. */
export async function transfer(phone: PhonePage, number: string, target: string): Promise<void> {
  await button(phone, number, 'Transfer').click();
  const form = phone.call(number).getByRole('form', { name: 'Transfer', exact: true });
  await form.getByRole('textbox', { name: 'Transfer to', exact: true }).fill(target);
  await form.getByRole('button', { name: 'Transfer now', exact: true }).click();
}

/** Bytes of audio RTP received over `ms` milliseconds. */
export async function inboundAudioGrowth(phone: PhonePage, ms: number): Promise<number> {
  const before = await phone.inboundAudioBytes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (await phone.inboundAudioBytes()) - before;
}

/** Audio reaches each of two phones in a call: over a thousand bytes of RTP in the same second. */
export async function expectAudioBetween(a: PhonePage, b: PhonePage, when = ''): Promise<void> {
  const [toA, toB] = await Promise.all([
    inboundAudioGrowth(a, 1_000),
    inboundAudioGrowth(b, 1_000),
  ]);
  const prefix = when === '' ? '' : `${when}: `;
  expect(toA, `${prefix}audio bytes reaching ${a.name} in 1 s`).toBeGreaterThan(1_000);
  expect(toB, `${prefix}audio bytes reaching ${b.name} in 1 s`).toBeGreaterThan(1_000);
}

/** Bytes of audio RTP each peer connection received over `ms` ms, in the order the page made them. */
export async function inboundAudioGrowthByConnection(
  phone: PhonePage,
  ms: number,
): Promise<number[]> {
  const before = await inboundAudioByConnection(phone);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = await inboundAudioByConnection(phone);
  return after.map((bytes, i) => Math.max(0, bytes - (before[i] ?? 0)));
}

/**
 * One inbound-rtp audio counter (bytesReceived, totalAudioEnergy…) so far, per peer connection
 * the page made, in the order it made them; 0 once closed.
 */
export function inboundAudioByConnection(
  phone: PhonePage,
  counter: 'bytesReceived' | 'totalAudioEnergy' = 'bytesReceived',
): Promise<number[]> {
  return phone.page.evaluate(async (counter) => {
    const list = (window as unknown as { __peerConnections?: RTCPeerConnection[] })
      .__peerConnections;
    const totals: number[] = [];
    for (const pc of list ?? []) {
      let total = 0;
      if (pc.connectionState !== 'closed') {
        const report = await pc.getStats();
        report.forEach((s: Record<string, unknown>) => {
          const value = s[counter];
          if (s.type === 'inbound-rtp' && s.kind === 'audio' && typeof value === 'number') {
            total += value;
          }
        });
      }
      totals.push(total);
    }
    return totals;
  }, counter);
}

/** Opens the call's Transfer form and joins it with the other call, named by its number. */
export async function joinWith(phone: PhonePage, number: string, other: string): Promise<void> {
  await button(phone, number, 'Transfer').click();
  const form = phone.call(number).getByRole('form', { name: 'Transfer', exact: true });
  await form.getByRole('button', { name: `Join with ${other}`, exact: true }).click();
}

/** Chooses how the account sends keypad digits, by the option's label, and registers again. */
export async function chooseDtmfMethod(phone: PhonePage, label: string): Promise<void> {
  const form = await phone.openSettings();
  await form.getByRole('combobox', { name: 'Send keypad digits (DTMF) by' }).selectOption(label);
  await form.getByRole('button', { name: 'Save and register', exact: true }).click();
  await phone.expectRegistered(15_000);
}
