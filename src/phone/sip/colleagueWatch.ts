// Colleagues' lines (BLF): per watched user, one SUBSCRIBE to the `dialog` event package (their
// calls) and one to `presence` (whether any phone of theirs is registered), loaded only when
// someone is watched. JsSIP's Subscriber refreshes each before it expires; this keeps the list in
// step with the setting, renews every subscription after a reconnect (the PBX's stored contact is
// the old connection) and tries a failed one again with a growing delay. A PBX that refuses
// `presence` is not asked again until the next reconnect: the list then shows calls only.
import {
  applyDialogInfo,
  type Colleague,
  colleagueOf,
  type Dialogs,
  parseDialogInfo,
} from '../presence/dialogInfo';
import { parsePidf, type Reachability } from '../presence/pidf';
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

export type EventPackage = 'dialog' | 'presence';

export type Subscribe = (target: string, eventPackage: EventPackage) => Subscription;

/** JsSIP's termination code for a final response other than 2xx to the SUBSCRIBE. */
const REFUSED = 2;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 300_000;
const UNKNOWN: Colleague = { state: 'unknown', canPickUp: false };

interface Channel {
  subscription: Subscription | undefined;
  retryMs: number;
  retry: ReturnType<typeof setTimeout> | undefined;
}

interface Watch {
  dialog: Channel;
  presence: Channel;
  /** The dialog subscription is active: `dialogs` is what the PBX says, not a guess. */
  dialogActive: boolean;
  dialogs: Dialogs;
  reach: Reachability | undefined;
  shown: Colleague | undefined;
}

const newChannel = (): Channel => ({
  subscription: undefined,
  retryMs: FIRST_RETRY_MS,
  retry: undefined,
});

const DIALOG_TYPE = /^application\/dialog-info\+xml\b/i;
const PIDF_TYPE = /^application\/pidf\+xml\b/i;

const OFFLINE: Colleague = { state: 'offline', canPickUp: false };

/**
 * A call ringing or in progress shows, whatever presence says; a quiet line, or one whose calls
 * are not known yet, is offline when presence says closed.
 */
function colleagueOfWatch(watch: Watch): Colleague {
  const closed = watch.reach === 'closed';
  if (!watch.dialogActive) return closed ? OFFLINE : UNKNOWN;
  const line = colleagueOf(watch.dialogs);
  return line.state === 'idle' && closed ? OFFLINE : line;
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
        this.endAll(watch);
        this.watches.delete(user);
      }
    }
    for (const user of wanted) {
      if (this.watches.has(user)) continue;
      const watch: Watch = {
        dialog: newChannel(),
        presence: newChannel(),
        dialogActive: false,
        dialogs: new Map(),
        reach: undefined,
        shown: undefined,
      };
      this.watches.set(user, watch);
      if (this.registered) this.startAll(user, watch);
    }
  }

  /** Registered (again): every subscription starts afresh on the connection now in use. */
  online(): void {
    this.registered = true;
    for (const [user, watch] of this.watches) {
      this.endAll(watch);
      this.startAll(user, watch);
    }
  }

  /** The registration is lost: states are unknown until it is back. */
  offline(): void {
    if (!this.registered) return;
    this.registered = false;
    for (const [user, watch] of this.watches) {
      this.endAll(watch);
      this.forget(watch);
      this.show(user, watch);
    }
  }

  stop(): void {
    this.registered = false;
    for (const watch of this.watches.values()) this.endAll(watch);
    this.watches.clear();
  }

  private startAll(user: string, watch: Watch): void {
    this.forget(watch);
    watch.dialog.retryMs = FIRST_RETRY_MS;
    watch.presence.retryMs = FIRST_RETRY_MS;
    this.start(user, watch, 'dialog');
    this.start(user, watch, 'presence');
  }

  private forget(watch: Watch): void {
    watch.dialogActive = false;
    watch.dialogs = new Map();
    watch.reach = undefined;
  }

  private start(user: string, watch: Watch, eventPackage: EventPackage): void {
    const channel = watch[eventPackage];
    let subscription: Subscription;
    try {
      subscription = this.subscribe(user, eventPackage);
    } catch (error) {
      console.error(`colleague ${eventPackage} subscription could not start`, error);
      this.later(user, watch, eventPackage);
      return;
    }
    channel.subscription = subscription;
    if (eventPackage === 'dialog') this.followDialogs(user, watch, subscription);
    else this.followPresence(user, watch, subscription);
    subscription.on('terminated', (code, _reason, retryAfter) => {
      if (channel.subscription !== subscription) return;
      channel.subscription = undefined;
      if (eventPackage === 'dialog') {
        watch.dialogActive = false;
        watch.dialogs = new Map();
      } else {
        watch.reach = undefined;
      }
      this.show(user, watch);
      // A PBX that refuses presence is not asked again before the next reconnect.
      if (eventPackage === 'dialog' || code !== REFUSED) {
        this.later(user, watch, eventPackage, retryAfter);
      }
    });
    subscription.subscribe();
  }

  private followDialogs(user: string, watch: Watch, subscription: Subscription): void {
    subscription.on('notify', (_final, _request, body, type) => {
      watch.dialog.retryMs = FIRST_RETRY_MS;
      if (!DIALOG_TYPE.test(type ?? '')) return;
      const info = body === undefined ? undefined : parseDialogInfo(body);
      if (!info) return;
      watch.dialogActive = true;
      watch.dialogs = applyDialogInfo(watch.dialogs, info);
      this.show(user, watch);
    });
    // JsSIP says nothing of a NOTIFY without a body, which is what Kamailio sends while nothing
    // is published for the colleague: active with no calls known is idle.
    subscription.on('active', () => {
      watch.dialogActive = true;
      this.show(user, watch);
    });
  }

  private followPresence(user: string, watch: Watch, subscription: Subscription): void {
    let heard = false;
    subscription.on('notify', (_final, _request, body, type) => {
      watch.presence.retryMs = FIRST_RETRY_MS;
      if (!PIDF_TYPE.test(type ?? '')) return;
      const reach = body === undefined ? undefined : parsePidf(body);
      if (!reach) return;
      heard = true;
      watch.reach = reach;
      this.show(user, watch);
    });
    // JsSIP reports 'active' before the same NOTIFY's body. Active without a document is a
    // presentity nothing has published for: no phone of theirs has registered.
    subscription.on('active', () => {
      queueMicrotask(() => {
        if (heard || watch.presence.subscription !== subscription) return;
        watch.reach = 'closed';
        this.show(user, watch);
      });
    });
  }

  private later(user: string, watch: Watch, eventPackage: EventPackage, retryAfterS?: number) {
    if (!this.registered || this.watches.get(user) !== watch) return;
    const channel = watch[eventPackage];
    const delay = Math.max(channel.retryMs, (retryAfterS ?? 0) * 1000);
    channel.retryMs = Math.min(channel.retryMs * 2, MAX_RETRY_MS);
    channel.retry = setTimeout(() => {
      channel.retry = undefined;
      if (this.registered && this.watches.get(user) === watch) {
        this.start(user, watch, eventPackage);
      }
    }, delay);
  }

  private endAll(watch: Watch): void {
    this.end(watch.dialog);
    this.end(watch.presence);
  }

  /** Unsubscribes (Expires: 0), which also stops JsSIP's refresh timer. */
  private end(channel: Channel): void {
    clearTimeout(channel.retry);
    channel.retry = undefined;
    const subscription = channel.subscription;
    channel.subscription = undefined;
    if (!subscription) return;
    subscription.removeAllListeners();
    try {
      subscription.terminate();
    } catch (error) {
      console.error('colleague subscription could not end', error);
    }
  }

  private show(user: string, watch: Watch): void {
    const colleague = colleagueOfWatch(watch);
    const shown = watch.shown;
    if (shown?.state === colleague.state && shown.canPickUp === colleague.canPickUp) return;
    watch.shown = colleague;
    this.report({ user, ...colleague });
  }
}
