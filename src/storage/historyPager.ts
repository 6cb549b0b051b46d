// The pages of one history view (one search) loaded so far, and how the calls the store holds
// live join them. No React: the list subscribes to a pager, and a new search gets a new pager,
// so a late answer to an old search can only land in the old pager.
import { errorReason } from './history';
import type { HistoryEntry } from './historyEntry';
import type { HistorySource } from './historyQuery';
import { entryMatches, type HistoryCursor, isAfter, newestFirst } from './historySearch';

export const PAGE_SIZE = 50;

export interface PagerState {
  /** Every entry of the pages loaded so far, newest first. */
  entries: readonly HistoryEntry[];
  next: HistoryCursor | null;
  /** A page has arrived; before that, `next: null` means "not asked yet", not "no more". */
  started: boolean;
  loading: boolean;
  /** Why the last page could not be read, '' when it could. */
  failure: string;
}

export class HistoryPager {
  private state: PagerState = {
    entries: [],
    next: null,
    started: false,
    loading: false,
    failure: '',
  };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly source: HistorySource,
    readonly tokens: readonly string[],
    private readonly pageSize = PAGE_SIZE,
  ) {}

  readonly snapshot = (): PagerState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks for the next page unless one is on its way, the last failed, or there is no more. */
  readonly loadMore = (): void => {
    const { entries, next, started, loading, failure } = this.state;
    if (loading || failure !== '' || (started && next === null)) return;
    this.set({ loading: true });
    this.source.page(this.tokens, next, this.pageSize).then(
      (page) =>
        this.set({
          entries: [...entries, ...page.entries],
          next: page.next,
          started: true,
          loading: false,
        }),
      (error: unknown) => this.set({ loading: false, failure: errorReason(error) }),
    );
  };

  private set(change: Partial<PagerState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}

/**
 * The list as shown: loaded pages with the store's live entries (the newest calls, in their latest
 * state) merged in by Call-ID. A live entry older than the last loaded page waits for the pages to
 * reach it, so that rows never appear above the one the user is looking at while scrolling down.
 */
export function withLive(
  paged: PagerState,
  live: readonly HistoryEntry[],
  tokens: readonly string[],
): HistoryEntry[] {
  const frontier = paged.started ? paged.next : null;
  const shown = live
    .filter((entry) => entryMatches(entry, tokens) && !(frontier && isAfter(entry, frontier)))
    .sort(newestFirst);
  if (shown.length === 0) return [...paged.entries];
  const replaced = new Set(shown.map((entry) => entry.callId));
  const merged: HistoryEntry[] = [];
  let i = 0;
  for (const entry of paged.entries) {
    if (replaced.has(entry.callId)) continue;
    for (let head = shown[i]; head && newestFirst(head, entry) < 0; head = shown[i]) {
      merged.push(head);
      i += 1;
    }
    merged.push(entry);
  }
  return merged.concat(shown.slice(i));
}
