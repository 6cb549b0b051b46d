// The SIP edge, in a chunk of its own. JsSIP is the largest part of the app's script, so the first
// screen does not wait for it: its fetch starts with the page (prefetch), beside the stored
// reads and the first paint, and the user agent starts as soon as both the code and the account
// are there (from the service worker's cache after the first visit). Nothing can dial before
// registration, so nothing waits on the load but the registration itself.
import type {
  Account,
  DialExtras,
  SipCall,
  SipPort,
  SipPortListener,
  StopOptions,
} from '../sipPort';

export class LazySipPort implements SipPort {
  private real: SipPort | undefined;
  private loading: Promise<SipPort> | undefined;
  /** Bumped by every start and stop, so a load that finishes late starts only the latest wish. */
  private wish = 0;
  private watched: readonly string[] = [];

  constructor(private readonly load: () => Promise<SipPort>) {}

  /** Starts fetching the code before anyone asks for it; a failed fetch is tried again by start. */
  prefetch(): void {
    if (this.real || this.loading) return;
    const loading = this.load();
    this.loading = loading;
    loading.catch(() => {
      if (this.loading === loading) this.loading = undefined;
    });
  }

  start(account: Account, listener: SipPortListener): void {
    const wish = ++this.wish;
    if (this.real) {
      this.real.start(account, listener);
      return;
    }
    listener.registration({ state: 'connecting', reason: '', url: account.url });
    this.loading ??= this.load();
    this.loading.then(
      (real) => {
        this.real = real;
        real.watch(this.watched);
        if (wish === this.wish) real.start(account, listener);
      },
      (error: unknown) => {
        // A failed fetch (offline before the first visit was cached) may work on the next try.
        this.loading = undefined;
        console.error('the SIP code could not load', error);
        if (wish === this.wish) {
          listener.registration({ state: 'failed', reason: 'unreachable', url: account.url });
        }
      },
    );
  }

  stop(options?: StopOptions): void {
    this.wish += 1;
    this.real?.stop(options);
  }

  watch(users: readonly string[]): void {
    this.watched = users;
    this.real?.watch(users);
  }

  call(target: string, ownExtension: string, extras?: DialExtras): SipCall {
    if (!this.real) throw new Error('the SIP code has not loaded yet');
    return this.real.call(target, ownExtension, extras);
  }
}
