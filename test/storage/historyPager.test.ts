import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { HistoryPager, type PagerState, withLive } from '../../src/storage/historyPager';
import type { HistorySource } from '../../src/storage/historyQuery';
import { arrayHistory } from './arrayHistory';

function call(callId: string, startedAt: number, name = ''): HistoryEntry {
  return { callId, direction: 'incoming', number: '101', name, startedAt };
}

const a = call('a', 500);
const b = call('b', 400);
const c = call('c', 300);
const d = call('d', 200);

function paged(entries: HistoryEntry[], next: HistoryEntry | null, started = true): PagerState {
  const cursor = next && { startedAt: next.startedAt, callId: next.callId };
  return { entries, next: cursor, started, loading: false, failure: '' };
}

const ids = (entries: readonly HistoryEntry[]) => entries.map((e) => e.callId);

describe('withLive', () => {
  it.each([
    ['nothing loaded yet: all live entries', paged([], null, false), [b, a], ['a', 'b']],
    ['a newer call joins the top', paged([b, c], c), [call('n', 900)], ['n', 'b', 'c']],
    ['a live state replaces the stored one', paged([a, b], b), [{ ...b, name: 'now' }], ['a', 'b']],
    ['older than the loaded pages: waits for them', paged([a, b], b), [d], ['a', 'b']],
    ['all loaded: every live entry shows', paged([a, b], null), [d], ['a', 'b', 'd']],
    ['merged in order', paged([a, c], null), [d, b], ['a', 'b', 'c', 'd']],
  ])('%s', (_, state, live, expected) => {
    expect(ids(withLive(state, live, []))).toEqual(expected);
  });

  it('keeps the live state of a replaced entry, and filters live entries by the search', () => {
    const merged = withLive(
      paged([a, b], null),
      [{ ...b, name: 'Mario' }, call('x', 999)],
      ['mar'],
    );
    expect(merged.find((e) => e.callId === 'b')?.name).toBe('Mario');
    expect(ids(merged)).toEqual(['a', 'b']);
  });
});

describe('HistoryPager', () => {
  it('loads page after page until there is no more, one request at a time', async () => {
    const source = arrayHistory([a, b, c, d]);
    const pager = new HistoryPager(source, [], 3);
    let changes = 0;
    pager.subscribe(() => {
      changes += 1;
    });
    pager.loadMore();
    pager.loadMore();
    expect(pager.snapshot().loading).toBe(true);
    await new Promise((resolve) => setTimeout(resolve));
    expect(ids(pager.snapshot().entries)).toEqual(['a', 'b', 'c']);
    pager.loadMore();
    await new Promise((resolve) => setTimeout(resolve));
    expect(ids(pager.snapshot().entries)).toEqual(['a', 'b', 'c', 'd']);
    expect(pager.snapshot().next).toBeNull();
    pager.loadMore();
    expect(source.asked).toBe(2);
    expect(changes).toBe(4);
  });

  it('keeps the reason when a page cannot be read, and stops asking', async () => {
    const failing: HistorySource = {
      page: () => Promise.reject(new DOMException('gone', 'InvalidStateError')),
    };
    const pager = new HistoryPager(failing, []);
    pager.loadMore();
    await new Promise((resolve) => setTimeout(resolve));
    expect(pager.snapshot()).toMatchObject({ failure: 'gone', loading: false, started: false });
  });
});
