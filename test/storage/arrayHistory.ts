// A HistorySource over an array, for component tests: the same answers as IndexedDB would give
// (historyQuery.test.ts checks those against the same filter), without a database.
import type { HistoryEntry } from '../../src/storage/historyEntry';
import type { HistorySource } from '../../src/storage/historyQuery';
import { cursorOf, entryMatches, isAfter, newestFirst } from '../../src/storage/historySearch';

export function arrayHistory(entries: readonly HistoryEntry[]): HistorySource & { asked: number } {
  const sorted = [...entries].sort(newestFirst);
  const source = {
    asked: 0,
    async page(
      tokens: readonly string[],
      after: Parameters<HistorySource['page']>[1],
      limit: number,
    ) {
      source.asked += 1;
      const found = sorted.filter((e) => isAfter(e, after) && entryMatches(e, tokens));
      const page = found.slice(0, limit);
      const last = page.at(-1);
      return { entries: page, next: found.length > limit && last ? cursorOf(last) : null };
    },
  };
  return source;
}
