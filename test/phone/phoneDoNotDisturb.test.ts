import { describe, expect, it } from 'vitest';
import { FakeCall, facts } from './fakeSip';
import { setup } from './phoneHarness';

describe('Phone with do not disturb', () => {
  it('declines a new incoming call before anything else and keeps it, without an event', () => {
    const { phone, sip, registered, events, callEvents } = setup();
    registered();
    phone.setDoNotDisturb(true);
    const call = new FakeCall(facts({ callId: 'b@h' }));
    sip.ring(call);
    // Nothing before the decline: an answer or a ring first would send a 180 the BLF shows.
    expect(call.actions).toEqual(['decline']);
    expect(phone.liveCalls()).toEqual([]);
    expect(events.at(-1)).toMatchObject({
      type: 'call',
      event: null,
      call: { status: 'ended', endCause: 'do-not-disturb', facts: { callId: 'b@h' } },
    });
    expect(callEvents()).toEqual([]);
    // The edge's own end of the declined call is not tracked: no second history entry.
    const before = events.length;
    call.play({ type: 'ended', cause: 'declined' });
    expect(events).toHaveLength(before);
  });

  it('lets the call in progress go on, and rings again once off', () => {
    const { phone, sip, inCall, last, callEvents } = setup();
    const a = inCall();
    phone.setDoNotDisturb(true);
    expect(a.actions).toEqual([]);
    expect(last('a@h')?.status).toBe('active');
    phone.setDoNotDisturb(false);
    const b = new FakeCall(facts({ callId: 'b@h' }));
    sip.ring(b);
    expect(b.actions).toEqual([]);
    expect(last('b@h')?.status).toBe('incoming');
    expect(callEvents()).toEqual(['CALL_IN', 'CALL_ACCEPT', 'CALL_IN']);
  });
});
