import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  type KeyPress,
  planShortcut,
  shortcutsSee,
} from '../../src/app/shortcutActions';
import type { ShortcutId } from '../../src/hotkeys/shortcuts';
import { type CallSnapshot, type CallStatus, newCall } from '../../src/phone/callLine';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { facts } from '../phone/fakeSip';

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

describe('planShortcut', () => {
  const cases: Array<[ShortcutId, CallSnapshot[], unknown]> = [
    ['answer', [ringing], { kind: 'answer', callId: 'in' }],
    ['answer', [active, ringing], { kind: 'answer', callId: 'in' }],
    ['answer', [active], { kind: 'nothing', reason: 'no-incoming' }],
    ['answer', [], { kind: 'nothing', reason: 'no-incoming' }],
    ['hangUp', [active], { kind: 'hangup', callId: 'act' }],
    ['hangUp', [dialling], { kind: 'hangup', callId: 'out' }],
    ['hangUp', [ringing], { kind: 'decline', callId: 'in' }],
    // The call in progress ends first, not the one ringing in while it goes on.
    ['hangUp', [ringing, active], { kind: 'hangup', callId: 'act' }],
    ['hangUp', [onHold, ringing], { kind: 'decline', callId: 'in' }],
    ['hangUp', [onHold], { kind: 'hangup', callId: 'held' }],
    ['hangUp', [gone], { kind: 'nothing', reason: 'no-call' }],
    ['hangUp', [], { kind: 'nothing', reason: 'no-call' }],
    ['hold', [active], { kind: 'hold', callId: 'act' }],
    ['hold', [onHold], { kind: 'resume', callId: 'held' }],
    ['hold', [onHold, active], { kind: 'hold', callId: 'act' }],
    // A call not yet answered cannot be held, and the held one stays held meanwhile.
    ['hold', [onHold, dialling], { kind: 'nothing', reason: 'no-active' }],
    ['hold', [ringing], { kind: 'nothing', reason: 'no-active' }],
    ['mute', [active], { kind: 'mute', callId: 'act' }],
    ['mute', [onHold], { kind: 'nothing', reason: 'no-active' }],
    ['mute', [dialling], { kind: 'nothing', reason: 'no-active' }],
    ['dialSelection', [], { kind: 'dialSelection' }],
    ['focusDialBox', [active], { kind: 'focusDialBox' }],
    ['showHelp', [], { kind: 'showHelp' }],
  ];
  it.each(cases)('%s with %j', (id, calls, step) => {
    expect(planShortcut(id, { calls, history: [] })).toEqual(step);
  });

  it('redials the newest outgoing number, never a received one', () => {
    const history = [
      entry('0299', 'incoming', 3),
      entry('', 'outgoing', 2),
      entry('101', 'outgoing', 1),
    ];
    expect(planShortcut('redial', { calls: [], history })).toEqual({ kind: 'dial', number: '101' });
    expect(planShortcut('redial', { calls: [], history: history.slice(0, 2) })).toEqual({
      kind: 'nothing',
      reason: 'no-redial',
    });
  });
});

describe('shortcutsSee', () => {
  const press = (over: Partial<KeyPress> = {}): KeyPress => ({
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    isComposing: false,
    defaultPrevented: false,
    ...over,
  });
  const input = { tagName: 'INPUT', type: 'tel' };
  const cases: Array<[string, KeyPress, Parameters<typeof shortcutsSee>[1], boolean]> = [
    ['a plain key on the page', press(), { tagName: 'BODY' }, true],
    ['no target', press(), null, true],
    ['a plain key in a field', press(), input, false],
    ['Alt in a field', press({ altKey: true }), input, true],
    ['Ctrl in a textarea', press({ ctrlKey: true }), { tagName: 'textarea' }, true],
    ['a plain key in a textarea', press(), { tagName: 'TEXTAREA' }, false],
    ['a plain key in contenteditable', press(), { tagName: 'DIV', isContentEditable: true }, false],
    ['a plain key on a checkbox', press(), { tagName: 'INPUT', type: 'checkbox' }, true],
    ['a plain key on a button', press(), { tagName: 'BUTTON' }, true],
    ['a held-down key', press({ altKey: true, repeat: true }), { tagName: 'BODY' }, false],
    ['an input method composing', press({ altKey: true, isComposing: true }), null, false],
    ['a key another handler took', press({ altKey: true, defaultPrevented: true }), null, false],
  ];
  it.each(cases)('%s: %s', (_, p, target, seen) => {
    expect(shortcutsSee(p, target)).toBe(seen);
  });

  it('treats an input without a type as text', () => {
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
  });
});
