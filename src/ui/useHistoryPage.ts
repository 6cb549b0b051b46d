// The history list's data: pages from IndexedDB for what the user searched, with the calls the
// store holds live merged in at the top. Typing never waits for a query.
import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { HistoryEntry } from '../storage/historyEntry';
import { HistoryPager, withLive } from '../storage/historyPager';
import type { HistorySource } from '../storage/historyQuery';
import { queryTokens } from '../storage/historySearch';
import { usePhoneStore } from '../store/phoneStore';

/** Typing pauses shorter than this do not start a query: one per word typed, not per key. */
export const SEARCH_DELAY_MS = 150;

export interface HistoryView {
  /** The search the entries answer (tokens joined by spaces), '' for the whole history. */
  query: string;
  entries: HistoryEntry[];
  /** Every matching entry is in `entries`. */
  complete: boolean;
  loading: boolean;
  failure: string;
  loadMore(): void;
}

function useDelayed(text: string, delayMs: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (text === settled) return;
    // Clearing the search shows everything at once; there is nothing to wait for.
    const timer = setTimeout(() => setSettled(text), text.trim() === '' ? 0 : delayMs);
    return () => clearTimeout(timer);
  }, [text, settled, delayMs]);
  return settled;
}

export function useHistoryPage(text: string, source: HistorySource): HistoryView {
  const settled = useDelayed(text, SEARCH_DELAY_MS);
  const query = useMemo(() => queryTokens(settled).join(' '), [settled]);
  // A new search is a new pager: answers to the old one land there and are forgotten with it.
  const pager = useMemo(
    () => new HistoryPager(source, query === '' ? [] : query.split(' ')),
    [source, query],
  );
  const paged = useSyncExternalStore(pager.subscribe, pager.snapshot);
  useEffect(() => pager.loadMore(), [pager]);
  // Deferred: a call event updates the history during call setup, and re-rendering the list
  // then must yield to the SIP and media work rather than hold the main thread.
  const live = useDeferredValue(usePhoneStore((s) => s.history));
  const entries = useMemo(() => withLive(paged, live, pager.tokens), [paged, live, pager]);
  // The list asks for pages as it scrolls; with nothing to show yet (a scan that found no match
  // within its budget), nothing scrolls, so ask here until a match or the end.
  useEffect(() => {
    if (entries.length === 0 && !paged.loading) pager.loadMore();
  }, [entries.length, paged.loading, pager]);
  return {
    query,
    entries,
    complete: paged.started && paged.next === null,
    loading: paged.loading,
    failure: paged.failure,
    loadMore: pager.loadMore,
  };
}
