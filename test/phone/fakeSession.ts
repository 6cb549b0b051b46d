// A fake JsSIP session for the call code: it keeps hold and re-INVITE state the way RTCSession
// does, records what it was asked, and lets the test fire JsSIP's events.
import type { CallOptions, JsSipSession, ReferHandlers } from '../../src/phone/sip/jsSipSession';

export class FakeSession implements JsSipSession {
  readonly connection = null;
  readonly remote_identity: { uri: { toString(): string } };
  readonly asked: string[] = [];
  /** The transportType of each sendDTMF, 'INFO' or 'RFC2833'. */
  readonly dtmfTransports: string[] = [];
  localHold = false;
  remoteHold = false;
  /** False while a re-INVITE is in progress, as JsSIP's isReadyToReOffer(). */
  ready = true;
  ended = false;
  /** What refer() returns: JsSIP gives a subscriber, or false when it cannot send. */
  referResult: unknown = {};
  refers: { target: string; handlers: ReferHandlers; replaces: unknown }[] = [];
  private reinviteDone: (() => void) | undefined;
  private readonly listeners = new Map<string, ((e: unknown) => void)[]>();

  /** Set by firing 'accepted': before it, JsSIP has no dialog to re-INVITE or BYE in. */
  established = false;

  constructor(
    remoteUri = 'sip:102@voispeed.local',
    private readonly direction: 'incoming' | 'outgoing' = 'incoming',
  ) {
    this.remote_identity = { uri: { toString: () => remoteUri } };
  }

  on(event: string, listener: (e: never) => void): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as (e: unknown) => void);
    this.listeners.set(event, list);
    return this;
  }

  fire(event: string, payload: unknown = {}): void {
    if (event === 'accepted') this.established = true;
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  answer(_options: CallOptions): void {
    this.asked.push('answer');
  }
  terminate(options?: { status_code?: number }): void {
    this.asked.push(options?.status_code ? `terminate ${options.status_code}` : 'terminate');
    // As JsSIP: an unanswered call is cancelled (ours) or rejected (theirs), and 'failed'.
    if (this.established) this.end('local', 'Terminated');
    else this.fail('local', this.direction === 'outgoing' ? 'Canceled' : 'Rejected');
  }
  end(originator: string, cause: string): void {
    this.ended = true;
    this.fire('ended', { originator, cause });
  }
  /** The call ends before it was answered, as JsSIP's 'failed'. */
  fail(originator: string, cause: string): void {
    this.ended = true;
    this.fire('failed', { originator, cause });
  }
  isEnded(): boolean {
    return this.ended;
  }
  hold(_options: object, done: () => void): boolean {
    return this.reinvite(true, done);
  }
  unhold(_options: object, done: () => void): boolean {
    return this.reinvite(false, done);
  }
  /** The other side answers our re-INVITE. */
  finishReinvite(): void {
    this.ready = true;
    const done = this.reinviteDone;
    this.reinviteDone = undefined;
    done?.();
  }
  isOnHold() {
    return { local: this.localHold, remote: this.remoteHold };
  }
  isReadyToReOffer(): boolean {
    return this.ready && this.established && !this.ended;
  }
  /** The options of each renegotiate() asked, an ICE restart's among them. */
  readonly renegotiations: unknown[] = [];
  renegotiate(options: object): boolean {
    if (!this.isReadyToReOffer()) return false;
    this.renegotiations.push(options);
    return true;
  }
  muted = false;
  isMuted(): { audio: boolean } {
    return { audio: this.muted };
  }
  mute(): void {
    this.muted = true;
    this.asked.push('mute');
    this.fire('muted');
  }
  unmute(): void {
    this.muted = false;
    this.asked.push('unmute');
    this.fire('unmuted');
  }
  sendDTMF(tones: string, options: { transportType?: string }): void {
    this.asked.push(`dtmf ${tones}`);
    this.dtmfTransports.push(options.transportType ?? 'none');
  }
  refer(target: string, options?: { eventHandlers?: ReferHandlers; replaces?: unknown }): unknown {
    if (options?.eventHandlers) {
      this.refers.push({ target, handlers: options.eventHandlers, replaces: options.replaces });
    }
    return this.referResult;
  }

  private reinvite(hold: boolean, done: () => void): boolean {
    if (!this.isReadyToReOffer() || this.localHold === hold) return false;
    this.localHold = hold;
    this.ready = false;
    this.reinviteDone = done;
    this.fire(hold ? 'hold' : 'unhold', { originator: 'local' });
    return true;
  }
}
