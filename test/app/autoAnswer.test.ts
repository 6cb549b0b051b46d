// Auto-answer's timer on a Phone over the fake SIP edge, with vitest's fake timers: it answers the
// only call after its delay and a beep, and never a second call, under do not disturb, or a call
// already answered, declined or gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BEEP_MS, connectAutoAnswer } from '../../src/app/autoAnswer';
import type { AutoAnswerSettings } from '../../src/phone/autoAnswer';
import type { AutoAnswerPending } from '../../src/store/autoAnswerStore';
import { FakeCall, facts } from '../phone/fakeSip';
import { setup } from '../phone/phoneHarness';

beforeEach(() => vi.useFakeTimers({ now: 10_000 }));
afterEach(() => vi.useRealTimers());

function wired(settings: AutoAnswerSettings = { mode: 'always', delaySeconds: 3 }) {
  const harness = setup();
  harness.registered();
  let dnd = false;
  const shown: (AutoAnswerPending | undefined)[] = [];
  const ring = { set: vi.fn() };
  const beep = { set: vi.fn() };
  const auto = connectAutoAnswer(harness.phone, ring, {
    settings: () => settings,
    doNotDisturb: () => dnd,
    beep,
    show: (pending) => shown.push(pending),
  });
  const ringIn = (callId = 'a@h', more: Parameters<typeof facts>[0] = {}) => {
    const call = new FakeCall(facts({ callId, ...more }));
    harness.sip.ring(call);
    // connectPhone rings it, through auto-answer's gate.
    auto.ringtone.set(true);
    return call;
  };
  const setDnd = (on: boolean) => {
    dnd = on;
    harness.phone.setDoNotDisturb(on);
  };
  return { ...harness, auto, ring, beep, shown, ringIn, setDnd };
}

describe('auto-answer, every call after N seconds', () => {
  it('beeps after the delay, quiets the ring, then answers', () => {
    const { ringIn, beep, ring, shown, last } = wired();
    const call = ringIn();
    expect(shown).toEqual([{ callId: 'a@h', at: 10_000 + 3000 + BEEP_MS }]);
    expect(ring.set).toHaveBeenLastCalledWith(true);
    vi.advanceTimersByTime(2999);
    expect(beep.set).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(beep.set).toHaveBeenLastCalledWith(true);
    expect(ring.set).toHaveBeenLastCalledWith(false);
    expect(call.actions).toEqual([]);
    vi.advanceTimersByTime(BEEP_MS);
    expect(call.actions).toEqual(['answer']);
    expect(last('a@h')?.status).toBe('answering');
    expect(beep.set).toHaveBeenLastCalledWith(false);
    expect(shown.at(-1)).toBeUndefined();
  });

  it('answers at once (after the beep) with a delay of 0', () => {
    const { ringIn } = wired({ mode: 'always', delaySeconds: 0 });
    const call = ringIn();
    vi.advanceTimersByTime(BEEP_MS);
    expect(call.actions).toEqual(['answer']);
  });

  it('lets a second call ring, and cancels the first one’s timer when it comes', () => {
    const { ringIn, shown } = wired();
    const a = ringIn('a@h');
    vi.advanceTimersByTime(1000);
    const b = ringIn('b@h');
    expect(shown.at(-1)).toBeUndefined();
    vi.advanceTimersByTime(60_000);
    expect(a.actions).toEqual([]);
    expect(b.actions).toEqual([]);
  });

  it('never barges into a talk: a call while another is live rings', () => {
    const { inCall, ringIn, shown } = wired();
    inCall();
    shown.length = 0;
    const b = ringIn('b@h');
    vi.advanceTimersByTime(60_000);
    expect(b.actions).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('is cancelled by an answer by hand, and answers nothing twice', () => {
    const { ringIn, phone, shown } = wired();
    const call = ringIn();
    vi.advanceTimersByTime(1000);
    phone.answer('a@h');
    expect(shown.at(-1)).toBeUndefined();
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual(['answer']);
  });

  it('is cancelled by a decline, or the caller giving up', () => {
    const { ringIn, phone } = wired();
    const a = ringIn('a@h');
    phone.decline('a@h');
    a.play({ type: 'ended', cause: 'declined' });
    vi.advanceTimersByTime(60_000);
    expect(a.actions).toEqual(['decline']);
    const b = ringIn('b@h');
    vi.advanceTimersByTime(3100);
    b.play({ type: 'ended', cause: 'canceled' });
    vi.advanceTimersByTime(60_000);
    expect(b.actions).toEqual([]);
  });

  it('stops the beep and lets the ring go on when the user declines during the beep', () => {
    const { ringIn, phone, beep, ring } = wired();
    const call = ringIn();
    vi.advanceTimersByTime(3000);
    expect(ring.set).toHaveBeenLastCalledWith(false);
    phone.decline('a@h');
    call.play({ type: 'ended', cause: 'declined' });
    expect(beep.set).toHaveBeenLastCalledWith(false);
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual(['decline']);
  });

  it('is cancelled by the user placing a call meanwhile', () => {
    const { ringIn, phone } = wired();
    const call = ringIn();
    expect(phone.dial('102').ok).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual([]);
  });
});

describe('auto-answer and do not disturb', () => {
  it('answers nothing under do not disturb: the phone declines the call first', () => {
    const { ringIn, setDnd, shown } = wired({ mode: 'always', delaySeconds: 0 });
    setDnd(true);
    const call = ringIn();
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual(['decline']);
    expect(shown).toEqual([]);
  });

  it('does not answer a call that rang before do not disturb was turned on', () => {
    const { ringIn, setDnd } = wired();
    const call = ringIn();
    setDnd(true);
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual([]);
  });

  it('takes the countdown off the card at once when told (do not disturb turned on)', () => {
    const { ringIn, setDnd, auto, shown } = wired();
    const call = ringIn();
    setDnd(true);
    auto.cancel();
    expect(shown.at(-1)).toBeUndefined();
    setDnd(false);
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual([]);
  });
});

describe('auto-answer by the setting', () => {
  const intercom = { pbxAnswerAfterMs: 0 };

  it('off: even a call the PBX asks for rings and waits', () => {
    const { ringIn, shown } = wired({ mode: 'off', delaySeconds: 3 });
    const call = ringIn('a@h', intercom);
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('only when the PBX asks: its calls are answered, after its delay; others ring', () => {
    const { ringIn } = wired({ mode: 'pbx', delaySeconds: 3 });
    const plain = ringIn('a@h');
    vi.advanceTimersByTime(60_000);
    expect(plain.actions).toEqual([]);
    plain.play({ type: 'ended', cause: 'canceled' });
    const asked = ringIn('b@h', { pbxAnswerAfterMs: 2000 });
    vi.advanceTimersByTime(2000 + BEEP_MS - 1);
    expect(asked.actions).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(asked.actions).toEqual(['answer']);
  });

  it('stop() cancels a timer that is running', () => {
    const { ringIn, auto } = wired();
    const call = ringIn();
    auto.stop();
    vi.advanceTimersByTime(60_000);
    expect(call.actions).toEqual([]);
  });
});
