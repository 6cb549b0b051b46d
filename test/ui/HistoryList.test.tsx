// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticHistory, syntheticParties } from '../../bench/historyData';
import type { Language } from '../../src/i18n';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { type HistorySource, indexedDbHistory } from '../../src/storage/historyQuery';
import { createHistoryWriter } from '../../src/storage/historyWriter';
import { usePhoneStore } from '../../src/store/phoneStore';
import { type HistoryAccess, HistoryAccessContext, noHistory } from '../../src/ui/HistoryAccess';
import { HistoryList } from '../../src/ui/HistoryList';
import { ROW_HEIGHT } from '../../src/ui/HistoryRows';
import { arrayHistory } from '../storage/arrayHistory';
import { freshDatabase } from '../storage/freshDatabase';
import { renderWith } from './renderApp';

const initial = usePhoneStore.getState();
const parties = syntheticParties(300);
const tenThousand = syntheticHistory(10_000, parties);

// The writer of the tests that store calls; each test gets a new one over a fresh database.
let writer = createHistoryWriter();

beforeEach(async () => {
  usePhoneStore.setState(initial, true);
  await freshDatabase(writer);
  writer = createHistoryWriter();
});

/** The list as the app gives it: pages from `source`, the status of `writes` (none failing). */
function renderList(
  source: HistorySource,
  writes: HistoryAccess['writes'] = noHistory.writes,
  language: Language = 'en',
) {
  return renderWith(
    <HistoryAccessContext.Provider value={{ source, writes }}>
      <HistoryList />
    </HistoryAccessContext.Provider>,
    undefined,
    language,
  );
}

function list(): HTMLElement {
  return screen.getByRole('list', { name: 'Call history' });
}

function rows(): HTMLElement[] {
  return within(list()).queryAllByRole('listitem');
}

function positions(): number[] {
  return rows().map((row) => Number(row.getAttribute('aria-posinset')));
}

function scrollTo(row: number): void {
  const viewport = list().parentElement as HTMLElement;
  viewport.scrollTop = row * ROW_HEIGHT;
  fireEvent.scroll(viewport);
}

describe('HistoryList', () => {
  it('renders only a window of rows out of 10,000 calls, and loads pages as it needs them', async () => {
    const source = arrayHistory(tenThousand);
    renderList(source);
    await screen.findByRole('list', { name: 'Call history' });
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(30);
    expect(positions()[0]).toBe(1);
    // More may load: the set size is unknown (-1) until the last page has come.
    expect(rows()[0]).toHaveAttribute('aria-setsize', '-1');
    expect(source.asked).toBeLessThanOrEqual(2);
    expect(rows()[0]).toHaveTextContent(tenThousand[0]?.number ?? '?');
  });

  it('shows later rows as the user scrolls, still only a window of them', async () => {
    const source = arrayHistory(tenThousand);
    renderList(source);
    await screen.findByRole('list', { name: 'Call history' });
    for (const row of [30, 120, 400, 1000]) {
      scrollTo(row);
      await waitFor(() => expect(positions()).toContain(row + 1));
      expect(rows().length).toBeLessThan(30);
    }
    const shown = rows().find((r) => r.getAttribute('aria-posinset') === '1001');
    expect(shown).toHaveTextContent(tenThousand[1000]?.number ?? '?');
    expect(shown).toHaveStyle({ top: `${1000 * ROW_HEIGHT}px` });
    // Pages, not the whole history: about what the scroll reached.
    expect(source.asked).toBeLessThan(1100 / 50 + 3);
  });

  it('filters by name or by digits anywhere in the number as the user types', async () => {
    const user = userEvent.setup();
    renderList(arrayHistory(tenThousand));
    await screen.findByRole('list', { name: 'Call history' });
    const box = screen.getByRole('searchbox', { name: 'Search history' });
    await user.type(box, 'Rossi');
    expect(box).toHaveValue('Rossi');
    await waitFor(() => expect(rows().every((r) => /Rossi/.test(r.textContent ?? ''))).toBe(true));
    expect(rows().length).toBeGreaterThan(0);

    const digits = (parties[3]?.number ?? '').slice(-3);
    await user.clear(box);
    await user.type(box, digits);
    await waitFor(() =>
      expect(rows().every((r) => r.textContent?.replace(/\s/g, '').includes(digits))).toBe(true),
    );
    expect(rows().length).toBeGreaterThan(0);

    await user.clear(box);
    await user.type(box, 'Zebedeo');
    expect(await screen.findByText('No calls match “Zebedeo”.')).toBeInTheDocument();
  });

  it('redials the number of an entry', async () => {
    const { actions } = renderList(arrayHistory(tenThousand));
    const number = tenThousand[0]?.number ?? '?';
    const [button] = await screen.findAllByRole('button', { name: `Call ${number} again` });
    await userEvent.setup().click(button as HTMLElement);
    expect(actions.run).toHaveBeenCalledWith('dial', { number });
  });

  it('shows a hostile caller inside <bdi> and redials the number exactly as it came', async () => {
    const [first, ...rest] = tenThousand;
    const hostile = {
      ...(first as HistoryEntry),
      number: '1;rm -rf ~',
      name: 'Evil\u202Eman\t\tx',
    };
    const { actions } = renderList(arrayHistory([hostile, ...rest]));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('1;rm -rf ~'));
    const shown = [...(rows()[0] as HTMLElement).querySelectorAll('.who bdi')];
    expect(shown.map((bdi) => bdi.textContent)).toEqual(['1;rm -rf ~', 'Evil\u202Eman x']);
    const [button] = await screen.findAllByRole('button', { name: 'Call 1;rm -rf ~ again' });
    await userEvent.setup().click(button as HTMLElement);
    expect(actions.run).toHaveBeenCalledWith('dial', { number: '1;rm -rf ~' });
  });

  it('shows the extended ID a call was placed with', async () => {
    const [first, ...rest] = tenThousand;
    const tagged = [{ ...(first as HistoryEntry), extendedId: 'TCK-42' }, ...rest];
    renderList(arrayHistory(tagged));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('(ID TCK-42)'));
  });

  it('moves focus row by row with the arrow keys, scrolling the rows it reaches into view', async () => {
    const user = userEvent.setup();
    renderList(arrayHistory(tenThousand));
    const [first] = await screen.findAllByRole('button', { name: /^Call .* again$/ });
    (first as HTMLElement).focus();
    for (let i = 0; i < 20; i += 1) await user.keyboard('{ArrowDown}');
    const focused = document.activeElement?.closest('li');
    expect(focused).toHaveAttribute('aria-posinset', '21');
    expect(focused).toHaveTextContent(tenThousand[20]?.number ?? '?');
    await user.keyboard('{Home}');
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '1');
  });

  it('shows new calls from the store at the top, in their latest state', async () => {
    const data = tenThousand.slice(0, 100);
    renderList(arrayHistory(data));
    await waitFor(() => expect(rows()[0]).toHaveAttribute('aria-setsize', '100'));
    const fresh: HistoryEntry = {
      callId: 'new@pbx',
      direction: 'incoming',
      number: '0299112233',
      name: 'Cliente Nuovo',
      startedAt: Date.now(),
      live: 1,
    };
    const first = data[0] as HistoryEntry;
    act(() => usePhoneStore.setState({ history: [fresh, { ...first, endCause: 'busy' }] }));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Cliente Nuovo'));
    expect(rows()[1]).toHaveTextContent(first.number);
    expect(rows()[1]).toHaveTextContent('Busy');
    expect(rows()[0]).toHaveAttribute('aria-setsize', '101');
  });

  it('reads the history from IndexedDB', async () => {
    const stored = tenThousand.slice(0, 120);
    await Promise.all(stored.map(writer.save));
    renderList(indexedDbHistory, writer);
    await waitFor(() => expect(positions()[0]).toBe(1));
    expect(rows()[0]).toHaveTextContent(stored[0]?.number ?? '?');
    await userEvent.setup().type(screen.getByRole('searchbox'), 'chiara');
    await waitFor(() => expect(rows().every((r) => /Chiara/.test(r.textContent ?? ''))).toBe(true));
  });

  it('says so when the history cannot be saved, until a retry succeeds', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    renderList(arrayHistory([]), writer);
    const saved = writer.save(tenThousand[0] as HistoryEntry);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The history could not be saved (The disk is full); retrying.',
    );
    await act(() => saved);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    put.mockRestore();
  });

  it('reports only the writer it was given, not another one that fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = createHistoryWriter({
      write: async () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      },
      later: () => undefined,
    });
    renderList(arrayHistory([]), writer);
    void failing.save(tenThousand[0] as HistoryEntry);
    await failing.settled();
    expect(failing.status().failure).toBe('The disk is full');
    expect(await screen.findByText('No calls yet.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Italian', async () => {
    renderList(arrayHistory([tenThousand[0] as HistoryEntry]), undefined, 'it');
    expect(screen.getByRole('searchbox', { name: 'Cerca nel registro' })).toBeInTheDocument();
    const number = tenThousand[0]?.number ?? '?';
    expect(await screen.findByRole('button', { name: `Richiama ${number}` })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Registro chiamate' })).toBeInTheDocument();
  });

  it('goes on asking while pages come back empty but not finished (a long scan)', async () => {
    const match = tenThousand[0] as HistoryEntry;
    const source = arrayHistory([match]);
    const page = source.page;
    let empty = 3;
    source.page = async (tokens, _after, limit) => {
      if (empty-- > 0) return { entries: [], next: { startedAt: Number.MAX_VALUE, callId: '' } };
      return page(tokens, null, limit);
    };
    renderList(source);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveAttribute('aria-setsize', '1');
  });

  it('says when there are no calls yet', async () => {
    renderList(arrayHistory([]));
    expect(await screen.findByText('No calls yet.')).toBeInTheDocument();
  });
});
