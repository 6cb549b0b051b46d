import { describe, expect, it } from 'vitest';
import { FakeCall, facts } from './fakeSip';
import { setup } from './phoneHarness';

/** A phone talking on `b@h` with `a@h` on hold (answered in that order), both cleared of actions. */
function twoCalls() {
  const harness = setup();
  const a = harness.inCall();
  const b = new FakeCall(facts({ callId: 'b@h', remoteNumber: '102' }));
  harness.sip.ring(b);
  harness.phone.answer('b@h');
  b.play({ type: 'accepted' });
  a.actions.length = 0;
  b.actions.length = 0;
  return { ...harness, a, b };
}

describe('Phone merging two calls', () => {
  it('takes the held call off hold and marks both calls merged with each other', () => {
    const { phone, a, b, last } = twoCalls();
    expect(last('a@h')?.held).toBe(true);
    expect(phone.merge()).toEqual({ ok: true });
    expect(a.actions).toEqual(['resume']);
    expect(b.actions).toEqual([]);
    expect(last('a@h')).toMatchObject({ mergedWith: 'b@h', held: false });
    expect(last('b@h')).toMatchObject({ mergedWith: 'a@h', held: false });
    expect(phone.merge()).toEqual({ ok: false, error: 'already-merged' });
  });

  it('refuses with one call, an unanswered one, or a transfer under way', () => {
    const one = setup();
    one.inCall();
    expect(one.phone.merge()).toEqual({ ok: false, error: 'no-second-call' });
    one.sip.ring(new FakeCall(facts({ callId: 'b@h' })));
    expect(one.phone.merge()).toEqual({ ok: false, error: 'not-active' });

    const { phone } = twoCalls();
    expect(phone.transfer('b@h', '103')).toEqual({ ok: true });
    expect(phone.merge()).toEqual({ ok: false, error: 'in-progress' });
    expect(phone.liveCalls().some((c) => c.mergedWith !== undefined)).toBe(false);
  });

  it('holds and resumes both calls together, whichever is pressed', () => {
    const { phone, a, b, last } = twoCalls();
    phone.merge();
    a.actions.length = 0;
    expect(phone.hold('a@h')).toEqual({ ok: true });
    expect(a.actions).toEqual(['hold']);
    expect(b.actions).toEqual(['hold']);
    expect([last('a@h')?.held, last('b@h')?.held]).toEqual([true, true]);
    expect(phone.resume('b@h')).toEqual({ ok: true });
    expect([last('a@h')?.held, last('b@h')?.held]).toEqual([false, false]);
    // Switching to one of them never holds the other: they are one conference.
    phone.hold('b@h');
    expect(phone.switchTo('a@h')).toEqual({ ok: true });
    expect([last('a@h')?.held, last('b@h')?.held]).toEqual([false, false]);
    expect(a.actions).toEqual(['hold', 'resume', 'hold', 'resume']);
    expect(b.actions).toEqual(['hold', 'resume', 'hold', 'resume']);
  });

  it('mutes the conference without a SIP mute, and ignores the edge’s mute while merged', () => {
    const { phone, a, b, last } = twoCalls();
    phone.merge();
    a.actions.length = 0;
    expect(phone.toggleMute('b@h')).toEqual({ ok: true });
    expect([last('a@h')?.muted, last('b@h')?.muted]).toEqual([true, true]);
    expect(a.actions).toEqual([]);
    expect(b.actions).toEqual([]);
    // The unmute that merging sends reports back late: it must not unmute the conference.
    a.play({ type: 'muted', muted: false });
    expect(last('a@h')?.muted).toBe(true);
    expect(phone.setMuted('a@h', false)).toEqual({ ok: true });
    expect([last('a@h')?.muted, last('b@h')?.muted]).toEqual([false, false]);
  });

  it('lifts a SIP mute at merging and keeps the user muted in the conference', () => {
    const { phone, b, last } = twoCalls();
    phone.setMuted('b@h', true);
    expect(b.actions).toEqual(['mute']);
    phone.merge();
    expect(b.actions).toEqual(['mute', 'unmute']);
    expect([last('a@h')?.muted, last('b@h')?.muted]).toEqual([true, true]);
  });

  it('leaves the other call alone, not merged, when one hangs up; muted stays muted', () => {
    const { phone, a, b, last } = twoCalls();
    phone.merge();
    phone.toggleMute('a@h');
    a.actions.length = 0;
    phone.hangup('a@h');
    a.play({ type: 'ended', cause: 'hangup-local' });
    expect(last('a@h')).toMatchObject({ status: 'ended', mergedWith: undefined });
    expect(last('b@h')).toMatchObject({ status: 'active', mergedWith: undefined, muted: true });
    // Alone again, the call's mute is a SIP mute once more.
    expect(b.actions).toEqual(['mute']);
    expect(phone.liveCalls().map((c) => c.facts.callId)).toEqual(['b@h']);
    expect(phone.toggleMute('b@h')).toEqual({ ok: true });
    expect(b.actions).toEqual(['mute', 'unmute']);
    expect(phone.merge()).toEqual({ ok: false, error: 'no-second-call' });
  });

  it('ends the merge when the other side hangs up, keeping the survivor held if it was', () => {
    const { phone, a, b, last, sip } = twoCalls();
    phone.merge();
    phone.hold('a@h');
    b.play({ type: 'ended', cause: 'hangup-remote' });
    expect(last('a@h')).toMatchObject({ mergedWith: undefined, held: true, muted: false });
    expect(a.actions).toEqual(['resume', 'hold']);
    // A new call may come in and be answered normally, holding the survivor as ever.
    const c = new FakeCall(facts({ callId: 'c@h' }));
    sip.ring(c);
    phone.resume('a@h');
    phone.answer('c@h');
    expect(last('a@h')?.held).toBe(true);
    expect(c.actions).toEqual(['answer']);
  });

  it('refuses a third call while merged, as with any two calls', () => {
    const { phone, sip } = twoCalls();
    phone.merge();
    expect(phone.dial('103')).toEqual({ ok: false, error: 'too-many-calls' });
    const c = new FakeCall(facts({ callId: 'c@h' }));
    sip.ring(c);
    expect(c.actions).toEqual(['decline']);
    expect(phone.liveCalls().every((call) => call.held === false)).toBe(true);
  });
});
