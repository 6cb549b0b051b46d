// The three-way conference: 100 talks to 101 and 102 on two lines and merges them; the mix in
// 100's page lets 101 and 102 hear each other, even while 100 is muted, and when 101 hangs up
// 100 and 102 talk on as a normal call. Audio is judged by its energy, not by bytes: Opus sends
// packets for silence too, while the fake microphone's beep has energy.
import { describe, expect, it } from 'vitest';
import { connect, inboundAudioByConnection } from './callPage';
import type { PhonePage } from './phonePage';
import { e2eSession } from './session';

const { registered } = e2eSession();

const WINDOW_MS = 2_000;
/** Lets a swap of tracks or a re-INVITE take effect and the audio sent before it play out. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

/** Energy of the audio each peer connection received so far (inbound-rtp totalAudioEnergy). */
const energyByConnection = (phone: PhonePage) =>
  inboundAudioByConnection(phone, 'totalAudioEnergy');

/** How much audio energy each open connection of each phone received over the same window. */
async function energyGrowth(phones: readonly PhonePage[]): Promise<number[][]> {
  const before = await Promise.all(phones.map(energyByConnection));
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
  const after = await Promise.all(phones.map(energyByConnection));
  return after.map((list, p) => list.map((e, i) => Math.max(0, e - (before[p]?.[i] ?? 0))));
}

/** The growth of the one live connection of a phone with a single call. */
const only = (growth: number[]): number => growth.filter((e) => e > 0).at(-1) ?? 0;

function button(phone: PhonePage, number: string, name: string) {
  return phone.call(number).getByRole('button', { name, exact: true });
}

describe('three-way conference', { timeout: 60_000 }, () => {
  it('100 merges 101 and 102, who hear each other while 100 is muted; 101 leaves, 102 stays', async ({
    onTestFailed,
  }) => {
    const p100 = await registered('100', onTestFailed);
    const p101 = await registered('101', onTestFailed);
    const p102 = await registered('102', onTestFailed);
    await connect(p100, p101, '100', '101');
    await p102.dial('100');
    await p100.waitForCallStatus('102', /Incoming call/);
    await p100.answer('102');
    await p100.waitForCallStatus('101', /· On hold/);
    await p102.waitForCallStatus('100', /^In call [0-9:]+$/);

    await button(p100, '102', 'Merge').click();
    await p100.waitForCallStatus('101', /^In call [0-9:]+$/);
    await p101.waitForCallStatus('100', /^In call [0-9:]+$/);
    for (const [number, other] of [
      ['101', '102'],
      ['102', '101'],
    ] as const) {
      // Named as the card names the party: the display name where SIP gave one, else the number.
      const note = p100
        .call(number)
        .getByText(new RegExp(`^In a conference with (Demo )?${other}$`));
      await note.waitFor({ timeout: 3_000 });
    }
    expect(await button(p100, '101', 'Merge').count()).toBe(0);

    // Everyone muted: nothing with energy arrives anywhere, so what follows is the mix.
    await button(p100, '101', 'Mute').click();
    await p100.waitForCallStatus('102', /· Muted/);
    await button(p101, '100', 'Mute').click();
    await button(p102, '100', 'Mute').click();
    await settle();
    const [silent101, silent102] = await energyGrowth([p101, p102]);
    const quiet = Math.max(only(silent101 ?? []), only(silent102 ?? []));

    // 100 still muted: 101 hears 102 and 102 hears 101, through 100's page.
    await button(p101, '100', 'Mute').click();
    await button(p102, '100', 'Mute').click();
    await settle();
    const [heard101, heard102, heard100] = await energyGrowth([p101, p102, p100]);
    console.log('energy: quiet', quiet, 'at 101', heard101, 'at 102', heard102, 'at 100', heard100);
    expect(only(heard101 ?? [])).toBeGreaterThan(10 * quiet + 1e-4);
    expect(only(heard102 ?? [])).toBeGreaterThan(10 * quiet + 1e-4);
    // And 100 hears both lines.
    expect((heard100 ?? []).filter((e) => e > 1e-4)).toHaveLength(2);

    // 101 leaves: 100 and 102 go on as a normal call, 100 still muted until unmuting.
    await p101.hangUp('100');
    await p100.waitForCallStatus('101', /^Ended by the other party$/);
    await p100.waitForCallStatus('102', /^In call · Muted [0-9:]+$/);
    expect(
      await p100
        .call('102')
        .getByText(/conference/i)
        .count(),
    ).toBe(0);
    await button(p100, '102', 'Mute').click();
    await p100.waitForCallStatus('102', /^In call [0-9:]+$/);
    await settle();
    const [to102, to100] = await energyGrowth([p102, p100]);
    console.log('energy after 101 left: at 102', to102, 'at 100', to100);
    expect(only(to102 ?? [])).toBeGreaterThan(10 * quiet + 1e-4);
    expect(only(to100 ?? [])).toBeGreaterThan(10 * quiet + 1e-4);
  });
});
