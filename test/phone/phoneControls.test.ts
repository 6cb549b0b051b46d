import { describe, expect, it } from 'vitest';
import { FakeCall, facts } from './fakeSip';
import { setup } from './phoneHarness';

describe('Phone call controls', () => {
  it('holds and resumes an answered call, showing the hold at once and each side apart', () => {
    const { phone, inCall, last } = setup();
    const a = inCall();
    expect(last('a@h')).toMatchObject({ held: false, remoteHeld: false, muted: false });
    expect(phone.hold('a@h')).toEqual({ ok: true });
    expect(phone.hold('a@h')).toEqual({ ok: true });
    expect(a.actions).toEqual(['hold']);
    expect(last('a@h')?.held).toBe(true);
    a.play({ type: 'held', local: true, remote: true });
    expect(last('a@h')).toMatchObject({ held: true, remoteHeld: true });
    expect(phone.resume('a@h')).toEqual({ ok: true });
    a.play({ type: 'held', local: false, remote: false });
    expect(a.actions).toEqual(['hold', 'resume']);
    expect(last('a@h')).toMatchObject({ held: false, remoteHeld: false, status: 'active' });
  });

  it('refuses controls for an unknown call and for one not answered yet', () => {
    const { phone, sip, registered } = setup();
    registered();
    const ringing = new FakeCall(facts({ callId: 'r@h' }));
    sip.ring(ringing);
    const noCall = { ok: false, error: 'no-call' };
    const notActive = { ok: false, error: 'not-active' };
    expect(phone.hold('nope')).toEqual(noCall);
    expect(phone.resume('nope')).toEqual(noCall);
    expect(phone.toggleMute('nope')).toEqual(noCall);
    expect(phone.sendDtmf('nope', '1')).toEqual(noCall);
    expect(phone.transfer('nope', '102')).toEqual(noCall);
    expect(phone.hold('r@h')).toEqual(notActive);
    expect(phone.setMuted('r@h', true)).toEqual(notActive);
    expect(phone.sendDtmf('r@h', '1')).toEqual(notActive);
    expect(phone.transfer('r@h', '102')).toEqual(notActive);
    phone.dial('103');
    expect(phone.hold('out-1@host')).toEqual(notActive);
    expect(ringing.actions).toEqual([]);
  });

  it('mutes and unmutes, once per change', () => {
    const { phone, inCall, last } = setup();
    const a = inCall();
    expect(phone.toggleMute('a@h')).toEqual({ ok: true });
    expect(last('a@h')?.muted).toBe(true);
    phone.setMuted('a@h', true);
    a.play({ type: 'muted', muted: true });
    expect(phone.toggleMute('a@h')).toEqual({ ok: true });
    expect(last('a@h')?.muted).toBe(false);
    expect(a.actions).toEqual(['mute', 'unmute']);
  });

  it.each(['', '1 2', 'a', 'abcd', 'E', '12;3', '1\n', '\u0661', '１', '0'.repeat(33)])(
    'sends no DTMF for %j',
    (digits) => {
      const { phone, inCall } = setup();
      const a = inCall();
      expect(phone.sendDtmf('a@h', digits)).toEqual({ ok: false, error: 'invalid-digits' });
      expect(a.actions).toEqual([]);
    },
  );

  it('sends DTMF digits and keeps the last 32 digits received', () => {
    const { phone, inCall, last } = setup();
    const a = inCall();
    expect(phone.sendDtmf('a@h', '12*#ABCD')).toEqual({ ok: true });
    expect(phone.sendDtmf('a@h', '9'.repeat(32))).toEqual({ ok: true });
    expect(a.actions).toEqual(['dtmf 12*#ABCD', `dtmf ${'9'.repeat(32)}`]);
    for (const digit of ['1', '#', 'x', '12']) a.play({ type: 'dtmf', digit });
    expect(last('a@h')?.receivedDigits).toBe('1#');
    for (let i = 0; i < 40; i += 1) a.play({ type: 'dtmf', digit: String(i % 10) });
    expect(last('a@h')?.receivedDigits).toBe('89012345678901234567890123456789');
  });

  it('transfers blind: the call ends as transferred, with CALL_CLOSE', () => {
    const { phone, inCall, last, callEvents } = setup();
    const a = inCall();
    expect(phone.transfer('a@h', '12;drop')).toEqual({ ok: false, error: 'invalid-number' });
    expect(phone.transfer('a@h', ' 102 ')).toEqual({ ok: true });
    expect(phone.transfer('a@h', '103')).toEqual({ ok: false, error: 'in-progress' });
    expect(a.actions).toEqual(['transfer 102']);
    expect(last('a@h')?.transfer).toBe('pending');
    a.play({ type: 'ended', cause: 'transferred' });
    expect(last('a@h')).toMatchObject({ status: 'ended', endCause: 'transferred' });
    expect(callEvents()).toEqual(['CALL_IN', 'CALL_ACCEPT', 'CALL_CLOSE']);
    expect(phone.liveCalls()).toEqual([]);
  });

  it('keeps the call when a transfer fails, and lets the user try again', () => {
    const { phone, inCall, last } = setup();
    const a = inCall();
    phone.transfer('a@h', '102');
    a.play({ type: 'transfer-failed' });
    expect(last('a@h')).toMatchObject({ status: 'active', transfer: 'failed' });
    expect(phone.transfer('a@h', '103')).toEqual({ ok: true });
    expect(a.actions).toEqual(['transfer 102', 'transfer 103']);
  });

  it('joins two calls by attended transfer, each ending as the edge reports', () => {
    const { phone, sip, inCall, last } = setup();
    const a = inCall();
    const b = new FakeCall(facts({ callId: 'b@h', remoteNumber: '102' }));
    sip.ring(b);
    expect(phone.attendedTransfer('a@h', 'b@h')).toEqual({ ok: false, error: 'not-active' });
    phone.answer('b@h');
    b.play({ type: 'accepted' });
    expect(phone.attendedTransfer('a@h', 'a@h')).toEqual({ ok: false, error: 'same-call' });
    expect(phone.attendedTransfer('a@h', 'nope')).toEqual({ ok: false, error: 'no-call' });
    expect(phone.attendedTransfer('a@h', 'b@h')).toEqual({ ok: true });
    expect(a.actions).toEqual(['hold', 'attended transfer to b@h']);
    expect(last('a@h')?.transfer).toBe('pending');
    a.play({ type: 'ended', cause: 'transferred' });
    b.play({ type: 'ended', cause: 'transferred' });
    expect(phone.liveCalls()).toEqual([]);
  });

  it('announces every control as a call change with no Integra event', () => {
    const { phone, inCall, events } = setup();
    const a = inCall();
    const before = events.length;
    phone.hold('a@h');
    phone.toggleMute('a@h');
    a.play({ type: 'held', local: true, remote: true });
    a.play({ type: 'dtmf', digit: '5' });
    phone.transfer('a@h', '102');
    a.play({ type: 'transfer-failed' });
    const added = events.slice(before);
    expect(added).toHaveLength(6);
    expect(added.every((e) => e.type === 'call' && e.event === null)).toBe(true);
  });
});
