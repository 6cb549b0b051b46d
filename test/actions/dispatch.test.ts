// The verb table through its one dispatcher, with a recording Phone: which call each verb acts
// on (the policies of whichCall.ts), what it says when there is none, and what it hands back.
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../src/actions/dispatch';
import type { VerbId } from '../../src/actions/verbs';
import type { FoundNumber, VerbEdges } from '../../src/actions/verbTypes';
import { type CallSnapshot, type CallStatus, newCall } from '../../src/phone/callLine';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { facts } from '../phone/fakeSip';
import { translator } from '../translator';

function call(callId: string, status: CallStatus, extra: Partial<CallSnapshot> = {}) {
  return { ...newCall(facts({ callId }), status, 1000), ...extra };
}

function entry(number: string, direction: 'incoming' | 'outgoing', startedAt: number) {
  return { callId: `h-${startedAt}`, direction, number, name: '', startedAt } as HistoryEntry;
}

const ringing = call('in', 'incoming');
const active = call('act', 'active');
const onHold = call('held', 'active', { held: true });
const dialling = call('out', 'calling');
const gone = call('gone', 'ended');

/** A Phone that records each call action as `method callId` and answers ok. */
function recordingEdges(calls: CallSnapshot[], history: HistoryEntry[] = []) {
  const done: string[] = [];
  const ok = { ok: true as const };
  /** Records `name callId …` and answers `result`. */
  const rec =
    <R>(name: string, result: R) =>
    (...args: string[]): R => {
      done.push([name, ...args].join(' '));
      return result;
    };
  const phone: VerbEdges['phone'] = {
    liveCalls: () => calls,
    dial: (number) => rec('dial', { ok: true as const, callId: `new-${number}` })(number),
    answer: rec('answer', undefined),
    decline: rec('decline', undefined),
    hangup: rec('hangup', undefined),
    hold: rec('hold', ok),
    switchTo: rec('switchTo', ok),
    toggleMute: rec('mute', ok),
    sendDtmf: rec('dtmf', ok),
    transfer: rec('transfer', ok),
    attendedTransfer: rec('join', ok),
    merge: rec('merge', ok),
  };
  const notices: string[] = [];
  const edges = {
    phone,
    history: () => history,
    findNumber: vi.fn(async (text: string): Promise<FoundNumber> => {
      const [found = '', ...others] = text.match(/[0-9]{3,}/g) ?? [];
      if (!found) return { ok: false, said: { key: 'dialText.no-number', params: { text } } };
      return { ok: true, dialString: found, found, others };
    }),
    selectionOrClipboard: vi.fn(async () => ({ ok: true as const, text: 'Tel. 101' })),
    whenAnswered: vi.fn(),
    focusDialBox: vi.fn(),
    showHelp: vi.fn(),
    toggleDoNotDisturb: vi.fn(async () => ({ ok: true as const })),
    t: translator('en'),
    notice: (text: string) => void notices.push(text),
  };
  return { run: createDispatch(edges), done, notices, edges };
}

describe('which call a verb acts on when none is named', () => {
  const cases: Array<[VerbId, CallSnapshot[], string]> = [
    ['answer', [ringing], 'answer in'],
    ['answer', [active, ringing], 'answer in'],
    ['answer', [active], 'There is no incoming call to answer.'],
    ['answer', [], 'There is no incoming call to answer.'],
    ['hangUp', [active], 'hangup act'],
    ['hangUp', [dialling], 'hangup out'],
    ['hangUp', [ringing], 'decline in'],
    // The call in progress ends first, not the one ringing in while it goes on.
    ['hangUp', [ringing, active], 'hangup act'],
    ['hangUp', [onHold, ringing], 'decline in'],
    ['hangUp', [onHold], 'hangup held'],
    ['hangUp', [gone], 'There is no call to hang up.'],
    ['hangUp', [], 'There is no call to hang up.'],
    ['hold', [active], 'hold act'],
    ['hold', [onHold], 'switchTo held'],
    ['hold', [onHold, active], 'hold act'],
    // A call not yet answered cannot be held, and the held one stays held meanwhile.
    ['hold', [onHold, dialling], 'There is no call in progress.'],
    ['hold', [ringing], 'There is no call in progress.'],
    ['mute', [active], 'mute act'],
    ['mute', [onHold], 'There is no call in progress.'],
    ['mute', [dialling], 'There is no call in progress.'],
    ['decline', [active, ringing], 'decline in'],
    ['resume', [onHold], 'switchTo held'],
  ];
  it.each(cases)('%s with %j', async (id, calls, expected) => {
    const { run, done, notices } = recordingEdges(calls);
    const outcome = await run(id, {});
    if (outcome.ok) expect(done).toEqual([expected]);
    else expect([outcome.message, done]).toEqual([expected, []]);
    expect(notices).toEqual([outcome.ok ? '' : expected]);
  });

  it('transfers the call in progress before one on hold, and names the call it moved', async () => {
    const { run, done } = recordingEdges([onHold, active]);
    const moved = await run('transfer', { target: '102' });
    expect(done).toEqual(['transfer act 102']);
    expect(moved).toMatchObject({ ok: true, callId: 'act', call: { facts: { callId: 'act' } } });
  });

  it('never joins a call with itself: the other call is left out of the pick', async () => {
    const { run, done } = recordingEdges([active, onHold]);
    await run('join', { otherCallId: 'act' });
    expect(done).toEqual(['join held act']);
    const alone = recordingEdges([active]);
    expect(await alone.run('join', { otherCallId: 'act' })).toEqual({
      ok: false,
      message: 'There is no call in progress.',
    });
  });
});

describe('a named call', () => {
  it('acts on the call named, whatever the policy would pick', async () => {
    const { run, done } = recordingEdges([active, onHold]);
    await run('hangUp', { callId: 'held' });
    await run('mute', { callId: 'held' });
    expect(done).toEqual(['hangup held', 'mute held']);
  });

  it('refuses a Call-ID no live call has, naming it, and does nothing', async () => {
    const { run, done, notices } = recordingEdges([active]);
    const outcome = await run('hangUp', { callId: 'nope@h' });
    expect(outcome).toEqual({ ok: false, message: 'No live call has the Call ID "nope@h".' });
    expect(done).toEqual([]);
    expect(notices).toEqual([outcome.message]);
  });
});

describe('verbs without a call', () => {
  it('redials the newest outgoing number, never a received one', async () => {
    const history = [
      entry('0299', 'incoming', 3),
      entry('', 'outgoing', 2),
      entry('101', 'outgoing', 1),
    ];
    const { run, done } = recordingEdges([], history);
    expect(await run('redial', {})).toMatchObject({ ok: true, callId: 'new-101' });
    expect(done).toEqual(['dial 101']);
    const none = recordingEdges([], history.slice(0, 2));
    expect(await none.run('redial', {})).toEqual({
      ok: false,
      message: 'There is no number to redial yet.',
    });
  });

  it('dials with the options given, and leaves post-dial digits for the answer', async () => {
    const { run, done, edges } = recordingEdges([]);
    const placed = await run('dial', { number: '0212345', postDial: '42' });
    expect(placed).toEqual({ ok: true, message: '', callId: 'new-0212345' });
    expect(done).toEqual(['dial 0212345']);
    expect(edges.whenAnswered).toHaveBeenCalledWith('new-0212345', '42');
  });

  it('says why a dial was refused, quoting at most 80 characters of the input', async () => {
    const { run, edges } = recordingEdges([]);
    edges.phone.dial = () => ({ ok: false, error: 'invalid-number' });
    const input = `x;${'9'.repeat(200)}`;
    expect(await run('dial', { number: input })).toEqual({
      ok: false,
      message: `"x;${'9'.repeat(78)}" is not a number that can be dialled.`,
    });
    expect(edges.whenAnswered).not.toHaveBeenCalled();
  });

  it('dials the selection, or says why the clipboard gave nothing', async () => {
    const { run, edges } = recordingEdges([]);
    expect(await run('dialSelection', {})).toEqual({ ok: true, message: '', callId: 'new-101' });
    expect(edges.findNumber).toHaveBeenCalledWith('Tel. 101');
    edges.selectionOrClipboard.mockResolvedValueOnce({
      ok: false,
      error: 'clipboardEmpty',
    } as never);
    expect(await run('dialSelection', {})).toEqual({
      ok: false,
      message: 'Nothing is selected and the clipboard holds no text: select a phone number first.',
    });
  });

  it('dials the first number in text, naming the others, or says there is none', async () => {
    const { run, done } = recordingEdges([]);
    expect(await run('dialText', { text: 'desk 101, mobile 333' })).toEqual({
      ok: true,
      message: 'Calling 101; the selection also holds 333.',
      callId: 'new-101',
    });
    expect(await run('dialText', { text: 'see you' })).toEqual({
      ok: false,
      message: 'No phone number found in "see you".',
    });
    expect(done).toEqual(['dial 101']);
  });

  it('focuses the dial box and opens the help', async () => {
    const { run, edges } = recordingEdges([active]);
    await run('focusDialBox', {});
    await run('showHelp', {});
    expect(edges.focusDialBox).toHaveBeenCalledTimes(1);
    expect(edges.showHelp).toHaveBeenCalledTimes(1);
  });

  it('answers a verb that throws with words, never a rejection', async () => {
    const { run, edges } = recordingEdges([]);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    edges.showHelp.mockImplementation(() => {
      throw new Error('boom');
    });
    expect(await run('showHelp', {})).toEqual({
      ok: false,
      message: 'That could not be done; the log says why.',
    });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
