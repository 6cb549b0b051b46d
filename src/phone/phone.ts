// Phone owns the calls and their states. Inputs call its methods; outputs subscribe to PhoneEvent.
import {
  applySipEvent,
  type CallChange,
  type CallSnapshot,
  type CallStatus,
  newCall,
} from './callLine';
import { mergeable } from './conference';
import { toDialString, toSipDomain } from './dialString';
import { isDtmf } from './dtmf';
import { Emitter } from './emitter';
import { DEFAULT_EXTENDED_ID_HEADER, extendedIdHeaderLine } from './extendedId';
import { type CallActionResult, type DialResult, OK, refused } from './phoneResults';
import type { Account, PresenceNews, RegistrationChange, SipCall, SipPort } from './sipPort';
import type { CallEventName, CallFacts } from './types';

export type { CallSnapshot, CallStatus } from './callLine';
export type { CallActionResult, DialResult } from './phoneResults';

/**
 * Two lines, as on a desk phone: a further incoming call is declined with 486 Busy Here at once
 * (it is kept in the history as missed, with no Integra event since it never rang), and dialling
 * a third is refused. Do not disturb declines every new call the same way (setDoNotDisturb).
 */
export const MAX_LIVE_CALLS = 2;

export type PhoneEvent =
  | { type: 'registration'; change: RegistrationChange }
  /** A call changed; `event`: the Integra call event it amounts to, if any (docs/integra.md). */
  | { type: 'call'; call: CallSnapshot; event: CallEventName | null }
  /** A watched colleague's line changed (watch()), or the voicemail light. */
  | PresenceNews;

export interface PhoneOptions {
  now?: () => number;
  /** Recognises a queue call (CALL_ACTIVE): Integra's setting, pushed again when it changes. */
  isQueueCall?: (facts: CallFacts) => boolean;
}

export interface DialOptions {
  /** The user's extended ID for this call, sent to the PBX and kept in the history. */
  extendedId?: string;
  /** Call `input` at this domain (a sip: link's), not the account's own. */
  domain?: string;
}

interface Line {
  sip: SipCall;
  snapshot: CallSnapshot;
}

export class Phone {
  readonly events = new Emitter<PhoneEvent>();
  private readonly calls = new Map<string, Line>();
  private account: Account | undefined;
  private registered = false;
  private readonly now: () => number;
  private isQueueCall: (facts: CallFacts) => boolean;
  private doNotDisturb = false;

  constructor(
    private readonly sip: SipPort,
    options: PhoneOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.isQueueCall = options.isQueueCall ?? (() => false);
  }

  /** Takes the options that follow settings (Integra's queue rule) when they change. */
  configure({ isQueueCall }: Pick<PhoneOptions, 'isQueueCall'>): void {
    if (isQueueCall) this.isQueueCall = isQueueCall;
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
      presence: (news) => this.events.emit(news),
    });
  }

  /**
   * Do not disturb: while on, every new incoming call is declined with 486 Busy Here at once, as
   * a third call is when both lines are busy. Calls already live go on.
   */
  setDoNotDisturb(on: boolean): void {
    this.doNotDisturb = on;
  }

  /** Follows these colleagues' lines (dial strings); kept across registrations. */
  watch(users: readonly string[]): void {
    this.sip.watch(users);
  }

  /**
   * `handOver`: another window of the app takes the phone, so calls still ringing are left
   * unanswered for the PBX to offer there, not refused.
   */
  unregister({ handOver = false }: { handOver?: boolean } = {}): void {
    this.account = undefined;
    this.registered = false;
    this.sip.stop({ leaveRinging: handOver });
    // The edge says nothing once stopped, so Phone reports the state it asked for.
    this.events.emit({ type: 'registration', change: { state: 'offline', reason: '', url: '' } });
  }

  /** Places a call; a call in progress goes on hold first. */
  dial(input: string, { extendedId, domain }: DialOptions = {}): DialResult {
    if (!this.account) return { ok: false, error: 'no-account' };
    const target = toDialString(input);
    if (!target) return { ok: false, error: 'invalid-number' };
    const otherDomain = domain === undefined ? undefined : toSipDomain(domain);
    if (domain !== undefined && otherDomain === undefined) {
      return { ok: false, error: 'invalid-number' };
    }
    if (!this.registered) return { ok: false, error: 'not-registered' };
    if (this.calls.size >= MAX_LIVE_CALLS) return { ok: false, error: 'too-many-calls' };
    const header =
      extendedId === undefined
        ? undefined
        : extendedIdHeaderLine(
            this.account.extendedIdHeader || DEFAULT_EXTENDED_ID_HEADER,
            extendedId,
          );
    // Never a call without the ID it was asked to carry: the PBX would file it wrongly.
    if (extendedId !== undefined && header === undefined) return { ok: false, error: 'failed' };
    let sip: SipCall;
    try {
      sip = this.sip.call(target, this.account.extension, {
        ...(header ? { headers: [header] } : {}),
        ...(otherDomain ? { domain: otherDomain } : {}),
      });
    } catch (error) {
      console.error('call could not start', error);
      return { ok: false, error: 'failed' };
    }
    this.holdAllBut(sip.facts.callId);
    this.track(sip, 'calling', 'CALL_OUT', extendedId?.trim());
    return { ok: true, callId: sip.facts.callId };
  }

  /** Answers an incoming call; the call in progress, if any, goes on hold first. */
  answer(callId: string): void {
    const line = this.calls.get(callId);
    if (line?.snapshot.status !== 'incoming') return;
    this.holdAllBut(callId);
    // Ask for the microphone first, so the browser opens it while the outputs catch up; the ring
    // stops and Answer goes away at the click, not when media is up.
    line.sip.answer();
    this.update(line, { status: 'answering' });
  }

  decline(callId: string): void {
    const line = this.calls.get(callId);
    if (line?.snapshot.status === 'incoming') line.sip.decline();
  }

  hangup(callId: string): void {
    this.calls.get(callId)?.sip.hangup();
  }

  /** Holds the call; merged calls go on hold together. */
  hold(callId: string): CallActionResult {
    return this.withActive(callId, (line) => this.setHeldMerged(line, true));
  }

  /** Takes the call off hold (with its merged call); another stays as it is (switchTo holds it). */
  resume(callId: string): CallActionResult {
    return this.withActive(callId, (line) => this.setHeldMerged(line, false));
  }

  /**
   * Joins the two answered calls into a three-way conference, mixed in this page: both come off
   * hold, and mute is one for both (the mix silences the microphone, not the other party, so
   * the SIP mute is lifted). It ends when either call ends; the other goes on as a normal call.
   */
  merge(): CallActionResult {
    const check = mergeable(this.liveCalls());
    if (!check.ok) return check;
    const [a, b] = check.pair.map((id) => this.calls.get(id)) as [Line, Line];
    const muted = a.snapshot.muted || b.snapshot.muted;
    for (const line of [a, b]) {
      this.setHeld(line, false);
      if (line.snapshot.muted) line.sip.unmute();
    }
    this.update(a, { mergedWith: b.snapshot.facts.callId, muted });
    this.update(b, { mergedWith: a.snapshot.facts.callId, muted });
    return OK;
  }

  /** Makes this the call in progress: answers or resumes it, and holds every other. */
  switchTo(callId: string): CallActionResult {
    if (this.calls.get(callId)?.snapshot.status === 'incoming') {
      this.answer(callId);
      return OK;
    }
    return this.withActive(callId, (line) => {
      this.holdAllBut(callId);
      this.setHeldMerged(line, false);
    });
  }

  setMuted(callId: string, muted: boolean): CallActionResult {
    return this.withActive(callId, (line) => this.mute(line, muted));
  }

  toggleMute(callId: string): CallActionResult {
    return this.withActive(callId, (line) => this.mute(line, !line.snapshot.muted));
  }

  /** Sends DTMF digits (0-9 * # A-D, at most 32) as SIP INFO; see sipSession.ts for why. */
  sendDtmf(callId: string, digits: string): CallActionResult {
    if (!isDtmf(digits)) return refused('invalid-digits');
    return this.withActive(callId, (line) => line.sip.sendDtmf(digits));
  }

  /** Blind transfer to what the user typed. The call ends once the target answers. */
  transfer(callId: string, input: string): CallActionResult {
    const target = toDialString(input);
    if (!target) return refused('invalid-number');
    return this.withTransfer(callId, (line) => line.sip.transfer(target));
  }

  /** Joins two calls: the party of `callId` is put through to the party of `otherCallId`. */
  attendedTransfer(callId: string, otherCallId: string): CallActionResult {
    if (callId === otherCallId) return refused('same-call');
    const other = this.calls.get(otherCallId);
    if (!other) return refused('no-call');
    if (other.snapshot.status !== 'active') return refused('not-active');
    return this.withTransfer(callId, (line) => line.sip.attendedTransfer(other.sip));
  }

  /** Names the other party of a live call (a phonebook or lookup answer); the SIP name stays in facts. */
  nameCall(callId: string, name: string): void {
    const line = this.calls.get(callId);
    if (!line || line.snapshot.callerName === name) return;
    this.update(line, { callerName: name });
  }

  /** Live calls, oldest first. */
  liveCalls(): CallSnapshot[] {
    return [...this.calls.values()].map((c) => c.snapshot);
  }

  private withActive(callId: string, act: (line: Line) => void): CallActionResult {
    const line = this.calls.get(callId);
    if (!line) return refused('no-call');
    if (line.snapshot.status !== 'active') return refused('not-active');
    act(line);
    return OK;
  }

  private withTransfer(callId: string, start: (line: Line) => void): CallActionResult {
    if (this.calls.get(callId)?.snapshot.transfer === 'pending') return refused('in-progress');
    return this.withActive(callId, (line) => {
      start(line);
      this.update(line, { transfer: 'pending' });
    });
  }

  private holdAllBut(callId: string): void {
    for (const [id, line] of this.calls) {
      const merged = line.snapshot.mergedWith === callId;
      if (id !== callId && !merged && line.snapshot.status === 'active') this.setHeld(line, true);
    }
  }

  /** The call and the call merged with it, if any. */
  private withMerged(line: Line): Line[] {
    const other = line.snapshot.mergedWith;
    const partner = other === undefined ? undefined : this.calls.get(other);
    return partner ? [line, partner] : [line];
  }

  private setHeldMerged(line: Line, held: boolean): void {
    for (const each of this.withMerged(line)) this.setHeld(each, held);
  }

  // Phone shows what it asked at once; the edge's own events confirm it or say otherwise.
  private setHeld(line: Line, held: boolean): void {
    if (line.snapshot.held === held) return;
    if (held) line.sip.hold();
    else line.sip.resume();
    this.update(line, { held });
  }

  private mute(line: Line, muted: boolean): void {
    if (line.snapshot.muted === muted) return;
    if (line.snapshot.mergedWith !== undefined) {
      // The mix silences the microphone only (conferenceMix.ts): a SIP mute would silence the
      // track that also carries the other party.
      for (const each of this.withMerged(line)) this.update(each, { muted });
      return;
    }
    if (muted) line.sip.mute();
    else line.sip.unmute();
    this.update(line, { muted });
  }

  private onIncoming(sip: SipCall): void {
    if (this.doNotDisturb) this.refuse(sip, 'do-not-disturb');
    else if (this.calls.size >= MAX_LIVE_CALLS) this.refuse(sip, 'missed');
    else this.track(sip, 'incoming', this.incomingEvent(sip.facts));
  }

  /**
   * Declines a new call before it rings: the edge calls onIncoming inside JsSIP's newRTCSession,
   * so a decline here is sent before JsSIP's 180 Ringing, which then never goes out (a 180 would
   * light colleagues' BLF as ringing). Kept in history; no Integra event, since it never rang.
   */
  private refuse(sip: SipCall, endCause: 'missed' | 'do-not-disturb'): void {
    sip.decline();
    const refused = { ...newCall(sip.facts, 'ended', this.now()), endCause };
    this.events.emit({
      type: 'call',
      call: { ...refused, endedAt: refused.startedAt },
      event: null,
    });
  }

  private incomingEvent(facts: CallFacts): CallEventName {
    if (this.isQueueCall(facts)) return 'CALL_ACTIVE';
    return facts.forwarded ? 'CALL_FORWARD_IN' : 'CALL_IN';
  }

  private track(sip: SipCall, status: CallStatus, event: CallEventName, extendedId?: string): void {
    const snapshot = newCall(sip.facts, status, this.now());
    if (extendedId) snapshot.extendedId = extendedId;
    const line: Line = { sip, snapshot };
    this.calls.set(sip.facts.callId, line);
    sip.onEvent((e) => {
      if (e.type === 'handover') {
        // The edge started the new call for a transfer: an outgoing one is being placed, an
        // incoming one (Replaces) is being answered.
        const outgoing = e.call.facts.direction === 'outgoing';
        const kind = outgoing ? 'CALL_OUT' : this.incomingEvent(e.call.facts);
        this.track(e.call, outgoing ? 'calling' : 'answering', kind);
        return;
      }
      // While merged, mute is the conference's, kept by Phone; the edge's follows the SIP mute.
      if (e.type === 'muted' && line.snapshot.mergedWith !== undefined) return;
      const changes = applySipEvent(line.snapshot, e, this.now());
      const partner = line.snapshot.mergedWith;
      if (e.type === 'ended' && changes.length > 0) {
        this.calls.delete(sip.facts.callId);
        for (const change of changes) change.call = { ...change.call, mergedWith: undefined };
      }
      this.announce(line, changes);
      if (e.type === 'ended' && partner !== undefined) this.unmerge(partner);
    });
    this.events.emit({ type: 'call', call: line.snapshot, event });
  }

  /** The merge is over: the call goes on alone, keeping the conference's mute as its own. */
  private unmerge(callId: string): void {
    const line = this.calls.get(callId);
    if (line?.snapshot.mergedWith === undefined) return;
    this.update(line, { mergedWith: undefined });
    if (line.snapshot.muted) line.sip.mute();
  }

  private update(line: Line, next: Partial<CallSnapshot>): void {
    this.announce(line, [{ call: { ...line.snapshot, ...next }, event: null }]);
  }

  private announce(line: Line, changes: CallChange[]): void {
    for (const { call, event } of changes) {
      line.snapshot = call;
      this.events.emit({ type: 'call', call, event });
    }
  }
}
