// Keeps the phone registered all day: probes the socket (JsSIP sends no keepalives and can think
// a dead socket is open), refreshes the registration before it lapses, reconnects with backoff,
// follows the browser's online/offline, fails over to the second URL and returns to the first.
// Pure logic: the clock, the timers and every effect on JsSIP or the network are injected.

import type { RegistrationFailure } from '../sipPort';
import { Deadline, type Schedule } from './connectionDeadline';
import { ConnectionProbe } from './connectionProbe';
import { ConnectionReturn } from './connectionReturn';
import { type ConnectionState, isPermanentFailure } from './connectionState';
import {
  CONNECT_TIMEOUT_MS,
  KEEPALIVE_IN_CALL_MS,
  KEEPALIVE_MS,
  REGISTER_TIMEOUT_MS,
  refreshDueAt,
  retryDelayMs,
} from './registrationTiming';

export interface KeeperOptions {
  /** PBX WebSocket URLs, first preferred; empty and repeated ones are dropped. */
  urls: readonly string[];
  /** Wall-clock ms (Date.now): registrations expire in real time, sleep included. */
  now: () => number;
  schedule: Schedule;
  random?: () => number;
  hasLiveCalls: () => boolean;
  onState: (state: ConnectionState) => void;
  /** Open the SIP socket to `url`, closing any socket that is open or opening. */
  connect(url: string): void;
  /** Send a REGISTER refresh on the current socket. */
  register(): void;
  /** A request on the SIP socket; true when the PBX answered anything at all. */
  probe(): Promise<boolean>;
  /** Whether a PBX answers at `url`, on a throwaway socket; must settle by itself. */
  reachable(url: string): Promise<boolean>;
}

export class RegistrationKeeper {
  private readonly urls: string[];
  private readonly random: () => number;
  private state: ConnectionState = { kind: 'stopped' };
  private shown = '';
  private url = '';
  private failures = 0;
  private outageSince: number | undefined;
  private registeredAt = 0;
  private expiresS = 0;
  /** Registered on the socket that is open now (it may outlive a short network outage). */
  private registeredSocket = false;
  /** Inside connect()/register(): JsSIP reports our own teardown synchronously; not an outage. */
  private acting = false;
  /** The one pending step: connect or register timeout, retry, or next keepalive tick. */
  private readonly step: Deadline;
  private readonly probe: ConnectionProbe;
  private readonly primary: ConnectionReturn;

  constructor(private readonly o: KeeperOptions) {
    this.urls = [...new Set(o.urls.filter((url) => typeof url === 'string' && url !== ''))];
    this.random = o.random ?? Math.random;
    this.step = new Deadline(o.schedule, o.now);
    this.probe = new ConnectionProbe(() => o.probe(), o.schedule, o.now);
    this.primary = new ConnectionReturn(
      (url) => o.reachable(url),
      o.hasLiveCalls,
      o.schedule,
      o.now,
    );
  }

  current(): ConnectionState {
    return this.state;
  }

  start(): void {
    const first = this.urls[0];
    if (first === undefined) this.set({ kind: 'failed', url: '', reason: 'bad-settings' });
    else this.connectTo(first, 0);
  }

  /** The SIP socket to `url` is open; JsSIP registers by itself now. */
  connected(url: string): void {
    if (this.state.kind === 'stopped' || this.state.kind === 'failed') return;
    this.url = url || this.url;
    if (this.state.kind === 'network-offline' || this.state.kind === 'registered') return;
    // Also after a 'reconnecting' state: whatever opened a socket, use it.
    const attempt = this.failures;
    this.set({ kind: 'connecting', url: this.url, backup: this.isBackup(), attempt });
    this.step.set(REGISTER_TIMEOUT_MS, () => this.lost('timeout'));
  }

  disconnected(_url: string): void {
    this.registeredSocket = false;
    if (this.acting) return;
    if (this.state.kind === 'registered' || this.state.kind === 'connecting') {
      this.lost('unreachable');
    }
  }

  /** A REGISTER succeeded, first or refresh; `expiresS` as granted by the PBX. */
  registered(expiresS: number): void {
    if (this.state.kind === 'stopped' || this.state.kind === 'failed') return;
    this.registeredAt = this.o.now();
    this.expiresS = Number.isFinite(expiresS) && expiresS >= 10 ? expiresS : 10;
    this.registeredSocket = true;
    if (this.state.kind === 'registered') return;
    this.failures = 0;
    this.outageSince = undefined;
    this.clearTimers();
    this.keepAlive(false);
  }

  /**
   * A refresh REGISTER succeeded. JsSIP reports only the first success of a registration, so
   * without this the keeper would take a registration refreshed on time for one that lapsed,
   * and reconnect when the first one's expiry passed.
   */
  refreshed(expiresS: number): void {
    if (this.state.kind === 'registered') this.registered(expiresS);
  }

  registrationFailed(reason: RegistrationFailure): void {
    if (this.acting || this.state.kind === 'stopped' || this.state.kind === 'failed') return;
    if (isPermanentFailure(reason)) {
      this.clearTimers();
      this.set({ kind: 'failed', url: this.url, reason });
    } else if (this.state.kind === 'registered' || this.state.kind === 'connecting') {
      this.lost(reason);
    }
  }

  offline(): void {
    if (this.state.kind === 'stopped' || this.state.kind === 'failed') return;
    this.clearTimers();
    this.set({ kind: 'network-offline' });
  }

  online(): void {
    const { state } = this;
    if (state.kind === 'network-offline') {
      this.failures = 0;
      this.outageSince = undefined;
      const first = this.urls[0];
      // A socket that outlived a short outage is kept (a live call may use it) and probed now.
      if (this.registeredSocket) this.keepAlive(true);
      // Otherwise back at once, with a fresh backoff: the outage was the network's, not the PBX's.
      else if (first !== undefined) this.connectTo(first, 0);
    } else if (state.kind === 'reconnecting') {
      this.connectTo(state.url, state.attempt);
    } else if (state.kind === 'registered') {
      // The network changed under us: the socket may be bound to an interface that is gone.
      this.tick();
    }
  }

  /** A call began: the next probe comes at the in-call pace, not after the idle interval's rest. */
  callStarted(): void {
    if (this.state.kind !== 'registered' || !this.step.pending()) return;
    if (this.step.dueIn() > KEEPALIVE_IN_CALL_MS) {
      this.step.set(KEEPALIVE_IN_CALL_MS, () => this.tick());
    }
  }

  /** The page is visible or resumed: run whatever a throttled or frozen timer left overdue. */
  visible(): void {
    this.probe.catchUp();
    this.step.catchUp();
    this.primary.catchUp();
  }

  /** Cancels everything; nothing is reported afterwards. */
  stop(): void {
    this.clearTimers();
    this.state = { kind: 'stopped' };
    this.shown = '';
    this.failures = 0;
    this.outageSince = undefined;
    this.registeredSocket = false;
  }

  private keepAlive(probeNow: boolean): void {
    this.set({ kind: 'registered', url: this.url, backup: this.isBackup() });
    if (probeNow) this.tick();
    else this.step.set(this.keepaliveMs(), () => this.tick());
    const first = this.urls[0];
    if (first !== undefined && this.isBackup()) {
      this.primary.watch(first, () => this.connectTo(first, 0));
    }
  }

  private connectTo(url: string, attempt: number): void {
    this.clearTimers();
    this.url = url;
    this.registeredSocket = false;
    this.set({ kind: 'connecting', url, backup: this.isBackup(), attempt });
    this.act(() => this.o.connect(url));
    this.step.set(CONNECT_TIMEOUT_MS, () => this.lost('timeout'));
  }

  /** The socket or the registration is gone: plan the next attempt, alternating the URLs. */
  private lost(reason: RegistrationFailure): void {
    this.clearTimers();
    this.registeredSocket = false;
    const now = this.o.now();
    this.outageSince ??= now;
    this.failures += 1;
    const delay = retryDelayMs(this.failures, now - this.outageSince, this.random());
    const url = this.urls[(this.failures - 1) % this.urls.length] ?? this.url;
    const attempt = this.failures;
    this.set({
      kind: 'reconnecting',
      url,
      backup: url !== this.urls[0],
      attempt,
      retryAt: now + delay,
      reason,
    });
    this.step.set(delay, () => this.connectTo(url, attempt));
  }

  private tick(): void {
    const now = this.o.now();
    this.step.clear();
    // Asleep or frozen past expiry (or the clock went back): the PBX has dropped us.
    if (now >= this.registeredAt + this.expiresS * 1000 || now < this.registeredAt) {
      this.lost('timeout');
      return;
    }
    if (now >= refreshDueAt(this.registeredAt, this.expiresS)) this.act(() => this.o.register());
    this.step.set(this.keepaliveMs(), () => this.tick());
    this.probe.send((reason) => this.lost(reason));
  }

  private keepaliveMs(): number {
    return this.o.hasLiveCalls() ? KEEPALIVE_IN_CALL_MS : KEEPALIVE_MS;
  }

  private isBackup(): boolean {
    return this.url !== this.urls[0];
  }

  private clearTimers(): void {
    this.step.clear();
    this.probe.cancel();
    this.primary.cancel();
  }

  private act(run: () => void): void {
    this.acting = true;
    try {
      run();
    } catch (error) {
      // The timeout that was armed with it turns this into a retry.
      console.error('connection effect failed', error);
    } finally {
      this.acting = false;
    }
  }

  private set(state: ConnectionState): void {
    this.state = state;
    const key = JSON.stringify(state);
    if (key === this.shown) return;
    this.shown = key;
    this.o.onState(state);
  }
}
