import { describe, expect, it } from 'vitest';
import { applySipEvent, type CallSnapshot, newCall } from '../../src/phone/callLine';
import type { SipCallEvent } from '../../src/phone/sipPort';
import { FakeCall, facts } from './fakeSip';

const active: CallSnapshot = { ...newCall(facts(), 'active', 1000), answeredAt: 1500 };

describe('applySipEvent', () => {
  it.each<[string, CallSnapshot, SipCallEvent]>([
    ['ringing once answered', active, { type: 'ringing' }],
    ['a second answer', active, { type: 'accepted' }],
    ['the hold it already shows', active, { type: 'held', local: false, remote: false }],
    ['the mute it already shows', active, { type: 'muted', muted: false }],
    ['a digit that is not DTMF', active, { type: 'dtmf', digit: 'x' }],
    ['two digits in one event', active, { type: 'dtmf', digit: '12' }],
    [
      'a handover (Phone tracks the new call)',
      active,
      { type: 'handover', call: new FakeCall(facts()) },
    ],
    [
      'anything after the end',
      { ...active, status: 'ended' },
      { type: 'held', local: true, remote: false },
    ],
    ['a second end', { ...active, status: 'ended' }, { type: 'ended', cause: 'failed' }],
  ])('changes nothing for %s', (_name, call, event) => {
    expect(applySipEvent(call, event, 9000)).toEqual([]);
  });

  it.each<[string, SipCallEvent, Partial<CallSnapshot>]>([
    ['a remote hold', { type: 'held', local: false, remote: true }, { remoteHeld: true }],
    ['a mute', { type: 'muted', muted: true }, { muted: true }],
    ['a digit', { type: 'dtmf', digit: '#' }, { receivedDigits: '#' }],
    ['a failed transfer', { type: 'transfer-failed' }, { transfer: 'failed' }],
  ])('shows %s with no Integra event', (_name, event, next) => {
    expect(applySipEvent(active, event, 9000)).toEqual([
      { call: { ...active, ...next }, event: null },
    ]);
  });

  it('ends a busy outgoing call with CALL_BUSY, then CALL_CLOSE', () => {
    const calling = newCall(facts({ direction: 'outgoing' }), 'calling', 1000);
    const changes = applySipEvent(calling, { type: 'ended', cause: 'busy' }, 2000);
    expect(changes.map((c) => [c.event, c.call.status])).toEqual([
      ['CALL_BUSY', 'calling'],
      ['CALL_CLOSE', 'ended'],
    ]);
  });

  it('ends a transferred call with CALL_CLOSE and its cause', () => {
    const [change] = applySipEvent(active, { type: 'ended', cause: 'transferred' }, 9000);
    expect(change).toEqual({
      call: { ...active, status: 'ended', endedAt: 9000, endCause: 'transferred' },
      event: 'CALL_CLOSE',
    });
  });
});
