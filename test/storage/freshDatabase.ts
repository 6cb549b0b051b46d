// Before a test that touches IndexedDB: let the history writers a test made land their queued
// writes, close the app's connection and delete the database, so each test starts with no
// settings and no history.
import { closeDatabase, DB_NAME } from '../../src/storage/db';
import type { HistoryWriter } from '../../src/storage/historyWriter';

export async function freshDatabase(...writers: Pick<HistoryWriter, 'settled'>[]): Promise<void> {
  for (const writer of writers) await writer.settled();
  await closeDatabase();
  await new Promise<void>((resolve) => {
    indexedDB.deleteDatabase(DB_NAME).onsuccess = () => resolve();
  });
}
