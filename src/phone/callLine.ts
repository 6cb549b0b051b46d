// One call as the outside sees it, and what each event from the SIP edge makes of it. Pure, so
// the states are tested without a Phone.
import { appendDigit, isDtmfDigit } from './dtmf';
import type { EndCause, SipCallEvent } from './sipPort';
import type { CallEventName, CallFacts } from './types';

/** calling → ringing → active for ours; incoming → answering → active for theirs; then ended. */
export type CallStatus = 'calling' | 'ringing' | 'incoming' | 'answering' | 'active' | 'ended';

/** Our transfer of this call: none asked, REFER sent and awaiting the target, or it failed. */
export type TransferState = 'none' | 'pending' | 'failed';

export interface CallSnapshot {
  facts: CallFacts;
  status: CallStatus;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  endCause?: EndCause;
  /** We hold the call (as asked; the edge follows or the call ends). */
  held: boolean;
  /** The other side holds us. */
  remoteHeld: boolean;
  muted: boolean;
  /** The media path broke; the call looks for a way back until the account's limit. */
  reconnecting: boolean;
  /** DTMF digits the other side sent, the last 32. */
  receivedDigits: string;
  transfer: TransferState;
  /** The user's extended ID this call was placed with (docs/links.md), if any. */
  extendedId?: string;
  /** The other party's name from the phonebook or the lookup URL, once found (callerNames.ts). */
  callerName?: string;
  /** In a three-way conference with this other call (Phone.merge); absent when not merged. */
  mergedWith?: string;
}

/** The name to show for the other party: the phonebook's or the lookup's, else the SIP display name. */
export function partyName(call: Pick<CallSnapshot, 'facts' | 'callerName'>): string {
  return call.callerName || call.facts.remoteName;
}

/** A snapshot to announce, and the Integra call event (docs/integra.md) it amounts to, if any. */
export interface CallChange {
  call: CallSnapshot;
  event: CallEventName | null;
}

export function newCall(facts: CallFacts, status: CallStatus, startedAt: number): CallSnapshot {
  return {
    facts,
    status,
    startedAt,
    held: false,
    remoteHeld: false,
    muted: false,
    reconnecting: false,
    receivedDigits: '',
    transfer: 'none',
  };
}

/** The changes an edge event makes, in order; none when it changes nothing or the call ended. */
export function applySipEvent(call: CallSnapshot, event: SipCallEvent, now: number): CallChange[] {
  if (call.status === 'ended') return [];
  const change = (next: Partial<CallSnapshot>, name: CallEventName | null = null) => [
    { call: { ...call, ...next }, event: name },
  ];
  switch (event.type) {
    case 'ringing':
      return call.status === 'calling' ? change({ status: 'ringing' }) : [];
    case 'accepted':
      return call.status === 'active'
        ? []
        : change({ status: 'active', answeredAt: now }, 'CALL_ACCEPT');
    case 'ended': {
      const busy: CallChange[] =
        event.cause === 'busy' && call.facts.direction === 'outgoing'
          ? [{ call, event: 'CALL_BUSY' }]
          : [];
      return [
        ...busy,
        ...change({ status: 'ended', endedAt: now, endCause: event.cause }, 'CALL_CLOSE'),
      ];
    }
    case 'held':
      return call.held === event.local && call.remoteHeld === event.remote
        ? []
        : change({ held: event.local, remoteHeld: event.remote });
    case 'muted':
      return call.muted === event.muted ? [] : change({ muted: event.muted });
    case 'reconnecting':
      return call.reconnecting === event.reconnecting
        ? []
        : change({ reconnecting: event.reconnecting });
    case 'dtmf':
      return isDtmfDigit(event.digit)
        ? change({ receivedDigits: appendDigit(call.receivedDigits, event.digit) })
        : [];
    case 'transfer-failed':
      return change({ transfer: 'failed' });
    case 'handover':
      return [];
  }
}
