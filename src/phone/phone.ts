// Phone owns the calls and their states. Inputs call its methods; outputs subscribe to PhoneEvent.
import { toDialString } from './dialString';
import { Emitter } from './emitter';
import type { Account, EndCause, RegistrationChange, SipCall, SipPort } from './sipPort';
import type { CallEventName, CallFacts } from './types';

/** calling → ringing → active for ours; incoming → answering → active for theirs; then ended. */
export type CallStatus = 'calling' | 'ringing' | 'incoming' | 'answering' | 'active' | 'ended';

export interface CallSnapshot {
  facts: CallFacts;
  status: CallStatus;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  endCause?: EndCause;
}

export type PhoneEvent =
  | { type: 'registration'; change: RegistrationChange }
  /** A call changed; `event` names the SPEC §3 call event it amounts to, if any. */
  | { type: 'call'; call: CallSnapshot; event: CallEventName | null };

export interface PhoneOptions {
  now?: () => number;
  /** Recognises a queue call (CALL_ACTIVE); the rule becomes a setting with Integra. */
  isQueueCall?: (facts: CallFacts) => boolean;
}

export type DialError = 'invalid-number' | 'no-account' | 'not-registered' | 'failed';
export type DialResult = { ok: true; callId: string } | { ok: false; error: DialError };

export class Phone {
  readonly events = new Emitter<PhoneEvent>();
  private readonly calls = new Map<string, { sip: SipCall; snapshot: CallSnapshot }>();
  private account: Account | undefined;
  private registered = false;
  private readonly now: () => number;
  private readonly isQueueCall: (facts: CallFacts) => boolean;

  constructor(
    private readonly sip: SipPort,
    options: PhoneOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.isQueueCall = options.isQueueCall ?? (() => false);
  }

  register(account: Account): void {
    this.sip.stop();
    this.account = account;
    this.registered = false;
    this.sip.start(account, {
      registration: (change) => {
        this.registered = change.state === 'registered';
        this.events.emit({ type: 'registration', change });
      },
      incoming: (call) => this.onIncoming(call),
    });
  }

  unregister(): void {
    this.account = undefined;
    this.registered = false;
    this.sip.stop();
    // The edge says nothing once stopped, so Phone reports the state it asked for.
    this.events.emit({ type: 'registration', change: { state: 'offline', reason: '', url: '' } });
  }

  dial(input: string): DialResult {
    if (!this.account) return { ok: false, error: 'no-account' };
    const target = toDialString(input);
    if (!target) return { ok: false, error: 'invalid-number' };
    if (!this.registered) return { ok: false, error: 'not-registered' };
    let sip: SipCall;
    try {
      sip = this.sip.call(target, this.account.extension);
    } catch (error) {
      console.error('call could not start', error);
      return { ok: false, error: 'failed' };
    }
    this.track(sip, 'calling', 'CALL_OUT');
    return { ok: true, callId: sip.facts.callId };
  }

  answer(callId: string): void {
    const entry = this.calls.get(callId);
    if (entry?.snapshot.status !== 'incoming') return;
    // Ask for the microphone first, so the browser opens it while the outputs catch up; the ring
    // stops and Answer goes away at the click, not when media is up.
    entry.sip.answer();
    this.update(entry, { ...entry.snapshot, status: 'answering' }, null);
  }

  decline(callId: string): void {
    const entry = this.calls.get(callId);
    if (entry?.snapshot.status === 'incoming') entry.sip.decline();
  }

  hangup(callId: string): void {
    this.calls.get(callId)?.sip.hangup();
  }

  /** Live calls, oldest first. */
  liveCalls(): CallSnapshot[] {
    return [...this.calls.values()].map((c) => c.snapshot);
  }

  private onIncoming(sip: SipCall): void {
    const facts = sip.facts;
    const event: CallEventName = this.isQueueCall(facts)
      ? 'CALL_ACTIVE'
      : facts.forwarded
        ? 'CALL_FORWARD_IN'
        : 'CALL_IN';
    this.track(sip, 'incoming', event);
  }

  private track(sip: SipCall, status: CallStatus, event: CallEventName): void {
    const entry = { sip, snapshot: { facts: sip.facts, status, startedAt: this.now() } };
    this.calls.set(sip.facts.callId, entry);
    sip.onEvent((e) => {
      const before = entry.snapshot;
      if (e.type === 'ringing' && before.status === 'calling') {
        this.update(entry, { ...before, status: 'ringing' }, null);
      } else if (e.type === 'accepted' && before.status !== 'active') {
        this.update(entry, { ...before, status: 'active', answeredAt: this.now() }, 'CALL_ACCEPT');
      } else if (e.type === 'ended' && before.status !== 'ended') {
        if (e.cause === 'busy' && before.facts.direction === 'outgoing') {
          this.events.emit({ type: 'call', call: before, event: 'CALL_BUSY' });
        }
        this.calls.delete(sip.facts.callId);
        const ended = {
          ...before,
          status: 'ended' as const,
          endedAt: this.now(),
          endCause: e.cause,
        };
        this.update(entry, ended, 'CALL_CLOSE');
      }
    });
    this.events.emit({ type: 'call', call: entry.snapshot, event });
  }

  private update(
    entry: { snapshot: CallSnapshot },
    next: CallSnapshot,
    event: CallEventName | null,
  ): void {
    entry.snapshot = next;
    this.events.emit({ type: 'call', call: next, event });
  }
}
