// The fake RTCSession (test/phone/fakeSession.ts) checked against JsSIP's: the same call, played
// on both under the project's wrapSession, must give the same session events, the same states
// the call code reads (ended, hold, ready to re-offer, muted) and the same call events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EndCause } from '../../../../src/phone/sipPort';
import type { Direction } from '../../../../src/phone/types';
import { installBrowser } from './browserStandIns';
import { settle } from './clock';
import { fakeSide, jssipSide, type Side } from './contractSides';

type Step = [label: string, act: (side: Side) => unknown];

const sides: Side[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  installBrowser();
});
afterEach(() => {
  for (const side of sides.splice(0)) side.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const state = ({ session }: Side) => {
  const hold = session.isOnHold();
  return [
    session.isEnded() ? 'ended' : 'live',
    `hold ${hold.local}/${hold.remote}`,
    `ready ${session.isReadyToReOffer()}`,
    `muted ${session.isMuted().audio === true}`,
  ].join(', ');
};

/** Plays the steps on one side; the trace is each step's session events and state after it. */
async function trace(side: Side, steps: Step[]): Promise<string[]> {
  sides.push(side);
  const out = [`start → [${side.log.join('; ')}] ${state(side)}`];
  for (const [label, act] of steps) {
    const from = side.log.length;
    await act(side);
    await settle();
    out.push(`${label} → [${side.log.slice(from).join('; ')}] ${state(side)}`);
  }
  const events = side.seen.map((e) => {
    if (e.type === 'ended') return `ended ${e.cause}`;
    return e.type === 'held' ? `held ${e.local}/${e.remote}` : e.type;
  });
  return [...out, `call events: ${events.join(', ')}`];
}

async function both(direction: Direction, steps: Step[]) {
  const fake = await trace(fakeSide(direction), steps);
  const real = await trace(await jssipSide(direction), steps);
  return { fake, real };
}

const ring: Step = ['far end rings', (s) => s.far.ring()];
const answer: Step = ['answered', (s) => s.far.answer()];
const farBye: Step = ['far end hangs up', (s) => s.far.hangUp()];
const hangup: Step = ['user hangs up', (s) => s.call.hangup()];

describe('the fake RTCSession against JsSIP', () => {
  it.each<[string, Direction, Step[], EndCause]>([
    ['outgoing, answered, far end hangs up', 'outgoing', [ring, answer, farBye], 'hangup-remote'],
    ['outgoing, answered, user hangs up', 'outgoing', [ring, answer, hangup], 'hangup-local'],
    ['outgoing, user hangs up while it rings', 'outgoing', [ring, hangup], 'canceled'],
    ['outgoing, busy', 'outgoing', [ring, ['486', (s) => s.far.refuse(486)]], 'busy'],
    ['outgoing, declined', 'outgoing', [['603', (s) => s.far.refuse(603)]], 'rejected'],
    ['incoming, answered, far end hangs up', 'incoming', [answer, farBye], 'hangup-remote'],
    ['incoming, answered, user hangs up', 'incoming', [answer, hangup], 'hangup-local'],
    ['incoming, caller gives up', 'incoming', [['CANCEL', (s) => s.far.cancel()]], 'missed'],
    ['incoming, user declines', 'incoming', [['decline', (s) => s.call.decline()]], 'declined'],
  ])('%s', async (_name, direction, steps, cause) => {
    const { fake, real } = await both(direction, steps);
    expect(fake).toEqual(real);
    expect(real.at(-1)).toMatch(new RegExp(`ended ${cause}$`));
  });

  it('our hold and resume, each accepted by the far end', async () => {
    const { fake, real } = await both('incoming', [
      answer,
      ['hold', (s) => s.call.hold()],
      ['far end accepts', (s) => s.far.acceptReinvite()],
      ['resume', (s) => s.call.resume()],
      ['far end accepts', (s) => s.far.acceptReinvite()],
      farBye,
    ]);
    expect(fake).toEqual(real);
    expect(real).toContain('hold → [hold local] live, hold true/false, ready false, muted false');
  });

  it('the far end holds and resumes us', async () => {
    const { fake, real } = await both('outgoing', [
      ring,
      answer,
      ['far end holds', (s) => s.far.hold(true)],
      ['far end resumes', (s) => s.far.hold(false)],
      hangup,
    ]);
    expect(fake).toEqual(real);
  });

  it('mute and unmute', async () => {
    const { fake, real } = await both('incoming', [
      answer,
      ['mute', (s) => s.call.mute()],
      ['unmute', (s) => s.call.unmute()],
      hangup,
    ]);
    expect(fake).toEqual(real);
  });

  it.each([true, false])('our blind transfer, target answered: %s', async (answered) => {
    const { fake, real } = await both('outgoing', [
      ring,
      answer,
      ['transfer', (s) => s.call.transfer('103')],
      ['outcome', (s) => s.far.referOutcome(answered)],
    ]);
    expect(fake).toEqual(real);
  });
});

describe('where the fake and JsSIP knowingly differ', () => {
  it('JsSIP is still ready to re-offer in the microtask gap right after hold(); the fake is not', async () => {
    const fake = fakeSide('incoming');
    const real = await jssipSide('incoming');
    sides.push(fake, real);
    const readyAfterHold = async (side: Side) => {
      await side.far.answer();
      await settle();
      side.session.hold({}, () => {});
      return side.session.isReadyToReOffer();
    };
    expect(await readyAfterHold(fake)).toBe(false);
    // JsSIP marks the re-INVITE as under way only once its offer is being made, a microtask later.
    expect(await readyAfterHold(real)).toBe(true);
    await settle();
    expect(real.session.isReadyToReOffer()).toBe(false);
  });

  it('before an answer, JsSIP refuses a REFER and cannot mute; the fake does both', async () => {
    const fake = fakeSide('incoming');
    const real = await jssipSide('incoming');
    sides.push(fake, real);
    expect(fake.session.refer(`sip:103@voispeed.local`)).toBeTruthy();
    expect(real.session.refer(`sip:103@voispeed.local`)).toBe(false);
    fake.session.mute({ audio: true });
    expect(fake.log).toContain('muted');
    // No peer connection before the answer: JsSIP throws, having already noted itself muted.
    expect(() => real.session.mute({ audio: true })).toThrow(TypeError);
    expect(real.session.isMuted().audio).toBe(true);
    expect(real.log).not.toContain('muted');
  });
});
