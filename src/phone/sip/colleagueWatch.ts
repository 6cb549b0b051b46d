// Colleagues' lines (BLF): one SUBSCRIBE to the `dialog` event package per watched user, loaded
// only when someone is watched. JsSIP's Subscriber refreshes each before it expires; this keeps
// the list in step with the setting, renews every subscription after a reconnect (the PBX's
// stored contact is the old connection) and tries a failed one again with a growing delay.
import {
  applyDialogInfo,
  type Colleague,
  colleagueOf,
  type Dialogs,
  parseDialogInfo,
} from '../presence/dialogInfo';
import type { ColleagueChange } from '../sipPort';

/** The part of JsSIP's Subscriber used here (node_modules/jssip/lib/Subscriber.js). */
export interface Subscription {
  on(
    event: 'notify',
    fn: (isFinal: boolean, request: unknown, body?: string, type?: string) => void,
  ): void;
  on(event: 'terminated', fn: (code: number, reason?: string, retryAfter?: number) => void): void;
  on(event: 'active', fn: () => void): void;
  subscribe(): void;
  terminate(): void;
  removeAllListeners(): void;
}

export type Subscribe = (target: string) => Subscription;

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 300_000;

interface Watch {
  subscription: Subscription | undefined;
  dialogs: Dialogs;
  shown: Colleague | undefined;
  retryMs: number;
  retry: ReturnType<typeof setTimeout> | undefined;
}

export class ColleagueWatch {
  private readonly watches = new Map<string, Watch>();
  private registered = false;

  constructor(
    private readonly subscribe: Subscribe,
    private readonly report: (change: ColleagueChange) => void,
  ) {}

  /** Follows exactly `users`: new ones are subscribed (once registered), dropped ones ended. */
  watch(users: readonly string[]): void {
    const wanted = new Set(users);
    for (const [user, watch] of this.watches) {
      if (!wanted.has(user)) {
        this.end(watch);
        this.watches.delete(user);
      }
    }
    for (const user of wanted) {
      if (this.watches.has(user)) continue;
      const watch: Watch = {
        subscription: undefined,
        dialogs: new Map(),
        shown: undefined,
        retryMs: FIRST_RETRY_MS,
        retry: undefined,
      };
      this.watches.set(user, watch);
      if (this.registered) this.start(user, watch);
    }
  }

  /** Registered (again): every subscription starts afresh on the connection now in use. */
  online(): void {
    this.registered = true;
    for (const [user, watch] of this.watches) {
      this.end(watch);
      watch.retryMs = FIRST_RETRY_MS;
      this.start(user, watch);
    }
  }

  /** The registration is lost: states are unknown until it is back. */
  offline(): void {
    if (!this.registered) return;
    this.registered = false;
    for (const [user, watch] of this.watches) {
      this.end(watch);
      this.show(user, watch, { state: 'unknown', canPickUp: false });
    }
  }

  stop(): void {
    this.registered = false;
    for (const watch of this.watches.values()) this.end(watch);
    this.watches.clear();
  }

  private start(user: string, watch: Watch): void {
    let subscription: Subscription;
    try {
      subscription = this.subscribe(user);
    } catch (error) {
      console.error('colleague subscription could not start', error);
      this.later(user, watch);
      return;
    }
    watch.subscription = subscription;
    subscription.on('notify', (_final, _request, body, type) => {
      watch.retryMs = FIRST_RETRY_MS;
      if (!/^application\/dialog-info\+xml\b/i.test(type ?? '')) return;
      const info = body === undefined ? undefined : parseDialogInfo(body);
      if (!info) return;
      watch.dialogs = applyDialogInfo(watch.dialogs, info);
      this.show(user, watch, colleagueOf(watch.dialogs));
    });
    // JsSIP says nothing of a NOTIFY without a body, which is what Kamailio sends while nothing
    // is published for the colleague: active with no calls known is idle.
    subscription.on('active', () => this.show(user, watch, colleagueOf(watch.dialogs)));
    subscription.on('terminated', (_code, _reason, retryAfter) => {
      if (watch.subscription !== subscription) return;
      watch.subscription = undefined;
      watch.dialogs = new Map();
      this.show(user, watch, { state: 'unknown', canPickUp: false });
      this.later(user, watch, retryAfter);
    });
    subscription.subscribe();
  }

  private later(user: string, watch: Watch, retryAfterS?: number): void {
    if (!this.registered || this.watches.get(user) !== watch) return;
    const delay = Math.max(watch.retryMs, (retryAfterS ?? 0) * 1000);
    watch.retryMs = Math.min(watch.retryMs * 2, MAX_RETRY_MS);
    watch.retry = setTimeout(() => {
      watch.retry = undefined;
      if (this.registered && this.watches.get(user) === watch) this.start(user, watch);
    }, delay);
  }

  /** Unsubscribes (Expires: 0), which also stops JsSIP's refresh timer. */
  private end(watch: Watch): void {
    clearTimeout(watch.retry);
    watch.retry = undefined;
    const subscription = watch.subscription;
    watch.subscription = undefined;
    if (!subscription) return;
    subscription.removeAllListeners();
    try {
      subscription.terminate();
    } catch (error) {
      console.error('colleague subscription could not end', error);
    }
  }

  private show(user: string, watch: Watch, colleague: Colleague): void {
    const shown = watch.shown;
    if (shown?.state === colleague.state && shown.canPickUp === colleague.canPickUp) return;
    watch.shown = colleague;
    this.report({ user, ...colleague });
  }
}
