// Before a test that touches IndexedDB: let queued history writes land, close the app's
// connection and delete the database, so each test starts with no settings and no history.
import { closeDatabase, DB_NAME } from '../../src/storage/db';
import { historySettled } from '../../src/storage/history';

export async function freshDatabase(): Promise<void> {
  await historySettled();
  await closeDatabase();
  await new Promise<void>((resolve) => {
    indexedDB.deleteDatabase(DB_NAME).onsuccess = () => resolve();
  });
}
