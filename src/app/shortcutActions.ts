// What a shortcut does, given the calls and history on screen: pure, so every case is a table row.
// startShortcuts.ts carries the step out.
import type { ShortcutId } from '../hotkeys/shortcuts';
import type { CallSnapshot } from '../phone/phone';
import type { HistoryEntry } from '../storage/historyEntry';

/** Why a shortcut had nothing to act on; the user is told. */
export type NothingReason = 'no-incoming' | 'no-call' | 'no-active' | 'no-redial';

export type ShortcutStep =
  | { kind: 'dialSelection' }
  | { kind: 'answer'; callId: string }
  | { kind: 'decline'; callId: string }
  | { kind: 'hangup'; callId: string }
  | { kind: 'hold'; callId: string }
  | { kind: 'resume'; callId: string }
  | { kind: 'mute'; callId: string }
  | { kind: 'dial'; number: string }
  | { kind: 'focusDialBox' }
  | { kind: 'showHelp' }
  | { kind: 'nothing'; reason: NothingReason };

export interface ShortcutScene {
  /** Oldest first, as the store keeps them. */
  calls: readonly CallSnapshot[];
  /** Newest first, as the store keeps it. */
  history: readonly HistoryEntry[];
}

const IN_PROGRESS = new Set(['calling', 'ringing', 'answering', 'active']);

/** The call the user is talking on (or placing): live, ours to end, not on hold. */
function current(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((c) => IN_PROGRESS.has(c.status) && !c.held);
}

function ringing(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((c) => c.status === 'incoming');
}

function held(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((c) => c.status === 'active' && c.held);
}

const nothing = (reason: NothingReason): ShortcutStep => ({ kind: 'nothing', reason });

export function planShortcut(id: ShortcutId, { calls, history }: ShortcutScene): ShortcutStep {
  const idOf = (call: CallSnapshot | undefined) => call?.facts.callId;
  switch (id) {
    case 'dialSelection':
      return { kind: 'dialSelection' };
    case 'answer': {
      const callId = idOf(ringing(calls));
      return callId ? { kind: 'answer', callId } : nothing('no-incoming');
    }
    case 'hangUp': {
      // The call in progress first; else the ringing one is declined; else a call on hold ends.
      const live = idOf(current(calls));
      if (live) return { kind: 'hangup', callId: live };
      const incoming = idOf(ringing(calls));
      if (incoming) return { kind: 'decline', callId: incoming };
      const onHold = idOf(held(calls));
      return onHold ? { kind: 'hangup', callId: onHold } : nothing('no-call');
    }
    case 'hold': {
      const live = current(calls);
      if (live?.status === 'active') return { kind: 'hold', callId: live.facts.callId };
      // With no call in progress, the key takes the held one back.
      const onHold = live ? undefined : idOf(held(calls));
      return onHold ? { kind: 'resume', callId: onHold } : nothing('no-active');
    }
    case 'mute': {
      const live = current(calls);
      return live?.status === 'active'
        ? { kind: 'mute', callId: live.facts.callId }
        : nothing('no-active');
    }
    case 'focusDialBox':
      return { kind: 'focusDialBox' };
    case 'redial': {
      // Redial is the last number dialled, as on a desk phone; calls received are called back
      // from the history list.
      const last = history.find((e) => e.direction === 'outgoing' && e.number !== '');
      return last ? { kind: 'dial', number: last.number } : nothing('no-redial');
    }
    case 'showHelp':
      return { kind: 'showHelp' };
  }
}

/** The parts of a key press that decide whether shortcuts see it at all. */
export interface KeyPress {
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  isComposing: boolean;
  defaultPrevented: boolean;
}

/** Where the key was pressed: the event target's tag, input type and editability. */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

// Input types that take no typing: keys there are free for shortcuts.
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/**
 * Whether shortcuts look at this key press. Not a held-down key's repeats (one press, one call),
 * not one an input method or another handler took, and not plain or Shift keys typed into a
 * field: there only Ctrl, Alt or ⌘ make a shortcut.
 */
export function shortcutsSee(press: KeyPress, target: KeyTarget | null): boolean {
  if (press.repeat || press.isComposing || press.defaultPrevented) return false;
  if (!isTypingTarget(target)) return true;
  return press.ctrlKey || press.altKey || press.metaKey;
}
