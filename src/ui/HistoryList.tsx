// The call history: search, the windowed list of calls, and what went wrong reading or saving it.
import { useState, useSyncExternalStore } from 'react';
import { useHistoryAccess } from './HistoryAccess';
import { HistoryRows } from './HistoryRows';
import { HistorySearch } from './HistorySearch';
import { useHistoryPage } from './useHistoryPage';
import { useT } from './useT';

/** The pages and the write status come from HistoryAccess: IndexedDB in the app, arrays in tests. */
export function HistoryList() {
  const t = useT();
  const { source, writes } = useHistoryAccess();
  const [search, setSearch] = useState('');
  const view = useHistoryPage(search, source);
  const written = useSyncExternalStore(writes.onStatus, writes.status);
  const empty = view.entries.length === 0;
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <HistorySearch value={search} onChange={setSearch} />
      {written.failure && (
        <p role="alert" className="history-problem">
          {t('history.writeFailed', { reason: written.failure })}
        </p>
      )}
      {view.failure && (
        <p role="alert" className="history-problem">
          {t('history.readFailed', { reason: view.failure })}
        </p>
      )}
      {empty && view.complete && (
        <p className="empty">
          {view.query === '' ? t('historyEmpty') : t('history.noMatch', { query: search.trim() })}
        </p>
      )}
      {empty && !view.complete && !view.failure && (
        <p className="empty" aria-live="polite">
          {t('history.loading')}
        </p>
      )}
      {!empty && (
        <HistoryRows
          label={t('history')}
          entries={view.entries}
          complete={view.complete}
          loading={view.loading}
          listKey={view.query}
          loadMore={view.loadMore}
        />
      )}
    </section>
  );
}
