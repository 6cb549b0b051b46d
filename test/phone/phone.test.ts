import { describe, expect, it, vi } from 'vitest';
import type { DialExtras } from '../../src/phone/sipPort';
import { ACCOUNT, FakeCall, facts } from './fakeSip';
import { setup } from './phoneHarness';

describe('Phone', () => {
  it('refuses to dial before an account is registered', () => {
    const { phone, sip } = setup();
    expect(phone.dial('101')).toEqual({ ok: false, error: 'no-account' });
    expect(sip.placed).toHaveLength(0);
  });

  it('refuses to dial while not registered, and when the edge cannot start the call', () => {
    const { phone, sip, registered } = setup();
    phone.register(ACCOUNT);
    expect(phone.dial('101')).toEqual({ ok: false, error: 'not-registered' });
    registered();
    sip.call = () => {
      throw new Error('transport gone');
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(phone.dial('101')).toEqual({ ok: false, error: 'failed' });
    expect(logged).toHaveBeenCalledWith('call could not start', expect.any(Error));
    logged.mockRestore();
    expect(phone.liveCalls()).toEqual([]);
  });

  it('dials nothing for an invalid number', () => {
    const { phone, sip, registered } = setup();
    registered();
    expect(phone.dial('12;drop')).toEqual({ ok: false, error: 'invalid-number' });
    expect(phone.dial('')).toEqual({ ok: false, error: 'invalid-number' });
    expect(sip.placed).toHaveLength(0);
  });

  it('calls at another domain only when that is a SIP domain, never one with header syntax', () => {
    const { phone, sip, registered } = setup();
    registered();
    const calls: unknown[] = [];
    const call = sip.call.bind(sip);
    sip.call = (target: string, ownExtension: string, extras?: DialExtras) => {
      calls.push(extras);
      return call(target, ownExtension);
    };
    for (const domain of ['', 'a b', 'host?X-A=1', 'host>;x', 'host\r\nX-A: 1', 'h;a="b"']) {
      expect(phone.dial('402', { domain })).toEqual({ ok: false, error: 'invalid-number' });
    }
    expect(calls).toEqual([]);
    expect(phone.dial('402', { domain: 'Other.example.com:5070;transport=tcp' }).ok).toBe(true);
    expect(calls).toEqual([{ domain: 'other.example.com:5070;transport=tcp' }]);
  });

  it('carries an outgoing call through CALL_OUT, ringing, CALL_ACCEPT and CALL_CLOSE', () => {
    const { phone, sip, events, callEvents, tick, registered } = setup();
    registered();
    const result = phone.dial(' 0039 02-6161 616 ');
    expect(result).toEqual({ ok: true, callId: 'out-1@host' });
    const call = sip.placed[0] as FakeCall;
    expect(call.facts.remoteNumber).toBe('0039026161616');
    call.play({ type: 'ringing' });
    tick(2000);
    call.play({ type: 'accepted' });
    tick(5000);
    call.play({ type: 'ended', cause: 'hangup-local' });
    expect(callEvents()).toEqual(['CALL_OUT', 'CALL_ACCEPT', 'CALL_CLOSE']);
    const statuses = events.flatMap((e) => (e.type === 'call' ? [e.call.status] : []));
    expect(statuses).toEqual(['calling', 'ringing', 'active', 'ended']);
    const last = events.at(-1);
    expect(last?.type === 'call' && last.call).toMatchObject({
      startedAt: 1000,
      answeredAt: 3000,
      endedAt: 8000,
      endCause: 'hangup-local',
    });
    expect(phone.liveCalls()).toEqual([]);
  });

  it('reports CALL_BUSY before CALL_CLOSE when the callee is busy', () => {
    const { phone, sip, callEvents, registered } = setup();
    registered();
    phone.dial('101');
    (sip.placed[0] as FakeCall).play({ type: 'ended', cause: 'busy' });
    expect(callEvents()).toEqual(['CALL_OUT', 'CALL_BUSY', 'CALL_CLOSE']);
  });

  it.each([
    ['a plain incoming call', facts(), 'CALL_IN'],
    ['a forwarded call', facts({ forwarded: true }), 'CALL_FORWARD_IN'],
    ['a queue call', facts({ headers: { 'x-queue': 'sales' } }), 'CALL_ACTIVE'],
  ] as const)('announces %s as %s', (_name, callFacts, expected) => {
    const { phone, sip, callEvents } = setup();
    phone.register(ACCOUNT);
    sip.ring(new FakeCall(callFacts));
    expect(callEvents()).toEqual([expected]);
    expect(phone.liveCalls()[0]?.status).toBe('incoming');
  });

  it('follows a queue rule pushed after it was made', () => {
    const { phone, sip, callEvents } = setup();
    phone.register(ACCOUNT);
    phone.configure({ isQueueCall: (f) => f.headers['x-line'] === 'queue' });
    sip.ring(new FakeCall(facts({ callId: 'a@h', headers: { 'x-queue': 'sales' } })));
    sip.ring(new FakeCall(facts({ callId: 'b@h', headers: { 'x-line': 'queue' } })));
    expect(callEvents()).toEqual(['CALL_IN', 'CALL_ACTIVE']);
  });

  it('answers, declines and hangs up the call named by its Call-ID only', () => {
    const { phone, sip } = setup();
    phone.register(ACCOUNT);
    const first = new FakeCall(facts({ callId: 'a@h' }));
    const second = new FakeCall(facts({ callId: 'b@h' }));
    sip.ring(first);
    sip.ring(second);
    phone.answer('a@h');
    phone.decline('b@h');
    phone.hangup('unknown');
    expect(first.actions).toEqual(['answer']);
    expect(second.actions).toEqual(['decline']);
  });

  it('marks an incoming call answering at once, and neither answers nor declines it again', () => {
    const { phone, sip, events, registered } = setup();
    registered();
    const call = new FakeCall(facts());
    sip.ring(call);
    phone.answer(call.facts.callId);
    phone.answer(call.facts.callId);
    expect(call.actions).toEqual(['answer']);
    expect(phone.liveCalls()[0]?.status).toBe('answering');
    phone.decline(call.facts.callId);
    call.play({ type: 'accepted' });
    expect(call.actions).toEqual(['answer']);
    const statuses = events.flatMap((e) => (e.type === 'call' ? [e.call.status] : []));
    expect(statuses).toEqual(['incoming', 'answering', 'active']);
  });

  it('ignores a second end of the same call', () => {
    const { phone, sip, callEvents } = setup();
    phone.register(ACCOUNT);
    const call = new FakeCall(facts());
    sip.ring(call);
    call.play({ type: 'ended', cause: 'missed' });
    call.play({ type: 'ended', cause: 'failed' });
    expect(callEvents()).toEqual(['CALL_IN', 'CALL_CLOSE']);
  });

  it('passes registration changes through and restarts the edge on a new account', () => {
    const { phone, sip, events } = setup();
    phone.register(ACCOUNT);
    phone.register({ ...ACCOUNT, password: 'new' });
    expect(sip.started).toBe(2);
    sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
    expect(events).toContainEqual({
      type: 'registration',
      change: { state: 'registered', reason: '', url: ACCOUNT.url },
    });
    phone.unregister();
    expect(events.at(-1)).toEqual({
      type: 'registration',
      change: { state: 'offline', reason: '', url: '' },
    });
    expect(phone.dial('101')).toEqual({ ok: false, error: 'no-account' });
  });
});
