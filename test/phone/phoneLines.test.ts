import { describe, expect, it } from 'vitest';
import { MAX_LIVE_CALLS } from '../../src/phone/phone';
import { FakeCall, facts } from './fakeSip';
import { setup } from './phoneHarness';

describe('Phone with two calls', () => {
  it('offers a second incoming call normally while the first is live', () => {
    const { phone, sip, inCall, callEvents } = setup();
    inCall();
    sip.ring(new FakeCall(facts({ callId: 'b@h' })));
    expect(phone.liveCalls().map((c) => [c.facts.callId, c.status])).toEqual([
      ['a@h', 'active'],
      ['b@h', 'incoming'],
    ]);
    expect(callEvents()).toEqual(['CALL_IN', 'CALL_ACCEPT', 'CALL_IN']);
  });

  it('holds the first call before answering the second', () => {
    const { phone, sip, inCall, last } = setup();
    const a = inCall();
    const b = new FakeCall(facts({ callId: 'b@h' }));
    sip.ring(b);
    phone.answer('b@h');
    expect(a.actions).toEqual(['hold']);
    expect(b.actions).toEqual(['answer']);
    expect(last('a@h')?.held).toBe(true);
    expect(last('b@h')?.status).toBe('answering');
  });

  it('switches between the calls, and hangs up either', () => {
    const { phone, sip, inCall, last } = setup();
    const a = inCall();
    const b = new FakeCall(facts({ callId: 'b@h' }));
    sip.ring(b);
    expect(phone.switchTo('b@h')).toEqual({ ok: true });
    b.play({ type: 'accepted' });
    expect(phone.switchTo('a@h')).toEqual({ ok: true });
    expect(a.actions).toEqual(['hold', 'resume']);
    expect(b.actions).toEqual(['answer', 'hold']);
    expect(last('a@h')?.held).toBe(false);
    expect(last('b@h')?.held).toBe(true);
    expect(phone.switchTo('a@h')).toEqual({ ok: true });
    expect(a.actions).toEqual(['hold', 'resume']);
    expect(phone.switchTo('nope')).toEqual({ ok: false, error: 'no-call' });
    phone.hangup('b@h');
    b.play({ type: 'ended', cause: 'hangup-local' });
    phone.hangup('a@h');
    a.play({ type: 'ended', cause: 'hangup-local' });
    expect(b.actions.at(-1)).toBe('hangup');
    expect(a.actions.at(-1)).toBe('hangup');
    expect(phone.liveCalls()).toEqual([]);
  });

  it('declines a third incoming call with 486 and keeps it as missed, without an event', () => {
    const { phone, sip, inCall, events, callEvents } = setup();
    inCall();
    sip.ring(new FakeCall(facts({ callId: 'b@h' })));
    expect(MAX_LIVE_CALLS).toBe(2);
    const third = new FakeCall(facts({ callId: 'c@h' }));
    sip.ring(third);
    expect(third.actions).toEqual(['decline']);
    expect(phone.liveCalls().map((c) => c.facts.callId)).toEqual(['a@h', 'b@h']);
    expect(events.at(-1)).toMatchObject({
      type: 'call',
      event: null,
      call: { status: 'ended', endCause: 'missed', facts: { callId: 'c@h' } },
    });
    expect(callEvents()).toEqual(['CALL_IN', 'CALL_ACCEPT', 'CALL_IN']);
    third.play({ type: 'ended', cause: 'declined' });
    expect(callEvents()).toHaveLength(3);
  });

  it('holds the call in progress before dialling, and dials no third call', () => {
    const { phone, sip, inCall, last } = setup();
    const a = inCall();
    expect(phone.dial('102')).toEqual({ ok: true, callId: 'out-1@host' });
    expect(a.actions).toEqual(['hold']);
    expect(last('a@h')?.held).toBe(true);
    expect(phone.dial('103')).toEqual({ ok: false, error: 'too-many-calls' });
    expect(sip.placed).toHaveLength(1);
  });

  it('follows a handover to a call the edge placed for the other side’s transfer', () => {
    const { phone, inCall, callEvents, last } = setup();
    const a = inCall();
    const next = new FakeCall(facts({ callId: 'n@h', direction: 'outgoing', remoteNumber: '102' }));
    a.play({ type: 'handover', call: next });
    expect(last('n@h')?.status).toBe('calling');
    next.play({ type: 'accepted' });
    a.play({ type: 'ended', cause: 'transferred' });
    expect(callEvents()).toEqual([
      'CALL_IN',
      'CALL_ACCEPT',
      'CALL_OUT',
      'CALL_ACCEPT',
      'CALL_CLOSE',
    ]);
    expect(phone.liveCalls().map((c) => [c.facts.callId, c.status])).toEqual([['n@h', 'active']]);
  });

  it('follows a handover to an incoming call that replaces ours, answered by the edge', () => {
    const { phone, inCall, callEvents } = setup();
    const a = inCall();
    const next = new FakeCall(facts({ callId: 'r@h', remoteNumber: '101' }));
    a.play({ type: 'handover', call: next });
    expect(phone.liveCalls().map((c) => c.status)).toEqual(['active', 'answering']);
    expect(next.actions).toEqual([]);
    next.play({ type: 'accepted' });
    a.play({ type: 'ended', cause: 'transferred' });
    expect(callEvents()).toEqual([
      'CALL_IN',
      'CALL_ACCEPT',
      'CALL_IN',
      'CALL_ACCEPT',
      'CALL_CLOSE',
    ]);
  });
});
