// The history as a windowed list: a list of any length whose DOM holds only the rows in view (and
// the focused one), fixed-height rows placed by index, and keys that move focus row by row.
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HistoryEntry } from '../storage/historyEntry';
import { HistoryItem } from './HistoryItem';
import { rowWindow, scrollToShow } from './historyWindow';
import './history.css';

/** Matches the row's two lines and padding; set on each row, so CSS cannot drift from it. */
export const ROW_HEIGHT = 64;
const OVERSCAN = 6;
/** Load the next page when the window comes this close to the last loaded row. */
const PREFETCH_ROWS = 40;
/** jsdom and a hidden tab report no height; assume a phone-sized viewport. */
const FALLBACK_HEIGHT = 480;

interface Props {
  label: string;
  entries: readonly HistoryEntry[];
  complete: boolean;
  loading: boolean;
  /** Changes when the list becomes another list (a new search): scroll back to the top. */
  listKey: string;
  loadMore(): void;
}

const STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, last) => last,
};

function rowAt(viewport: HTMLElement): number {
  return Math.floor(viewport.scrollTop / ROW_HEIGHT);
}

export function HistoryRows({ label, entries, complete, loading, listKey, loadMore }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  // The first row in view, not the pixel offset: scrolling within a row renders nothing.
  const [topRow, setTopRow] = useState(0);
  const [focusedId, setFocusedId] = useState<string>();
  const [focusPending, setFocusPending] = useState(false);
  const anchor = useRef<{ callId: string; index: number }>(undefined);
  const { start, end } = rowWindow(
    topRow * ROW_HEIGHT,
    height,
    ROW_HEIGHT,
    entries.length,
    OVERSCAN,
  );

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the list becomes another list
  useLayoutEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
    setTopRow(0);
  }, [listKey]);

  // New calls arrive at the top: keep the row the user is reading where it was on screen.
  useLayoutEffect(() => {
    const element = viewport.current;
    const was = anchor.current;
    const moved = was ? entries.findIndex((e) => e.callId === was.callId) - was.index : 0;
    if (element && was && moved > 0 && element.scrollTop > 0) {
      element.scrollTop += moved * ROW_HEIGHT;
      setTopRow(rowAt(element));
    }
    const first = entries[topRow];
    anchor.current = first && { callId: first.callId, index: topRow };
  }, [entries, topRow]);

  useEffect(() => {
    if (!complete && !loading && end + PREFETCH_ROWS >= entries.length) loadMore();
  }, [complete, loading, end, entries.length, loadMore]);

  const focusedIndex = focusedId ? entries.findIndex((e) => e.callId === focusedId) : -1;

  useLayoutEffect(() => {
    if (!focusPending || focusedIndex < 0) return;
    setFocusPending(false);
    const row = viewport.current?.querySelector<HTMLElement>(`[data-index="${focusedIndex}"]`);
    (row?.querySelector<HTMLElement>('button') ?? row)?.focus();
  }, [focusPending, focusedIndex]);

  function rowOf(target: EventTarget): number {
    const row = target instanceof Element ? target.closest('[data-index]') : null;
    return row ? Number(row.getAttribute('data-index')) : -1;
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const step = STEPS[event.key];
    const from = rowOf(event.target);
    const to = step && from >= 0 ? step(from, entries.length - 1) : -1;
    const entry = entries[to];
    if (!entry) return;
    event.preventDefault();
    const element = viewport.current;
    if (element) {
      element.scrollTop = scrollToShow(to, element.scrollTop, height, ROW_HEIGHT);
      setTopRow(rowAt(element));
    }
    setFocusedId(entry.callId);
    setFocusPending(true);
  }

  const indices: number[] = [];
  // The focused row stays rendered when scrolled away, so focus is not lost to the page.
  if (focusedIndex >= 0 && focusedIndex < start) indices.push(focusedIndex);
  for (let i = start; i < end; i += 1) indices.push(i);
  if (focusedIndex >= end) indices.push(focusedIndex);
  const setSize = complete ? entries.length : -1;

  return (
    <div
      ref={viewport}
      className="history-viewport"
      onScroll={(event) => setTopRow(rowAt(event.currentTarget))}
    >
      <ul
        aria-label={label}
        aria-busy={loading}
        className="history-rows"
        style={{ height: entries.length * ROW_HEIGHT }}
        onKeyDown={onKeyDown}
        onFocus={(event) => setFocusedId(entries[rowOf(event.target)]?.callId)}
      >
        {indices.map((i) => {
          const entry = entries[i];
          return (
            entry && (
              <HistoryItem
                key={entry.callId}
                entry={entry}
                index={i}
                setSize={setSize}
                rowHeight={ROW_HEIGHT}
              />
            )
          );
        })}
      </ul>
    </div>
  );
}
