// The app's IndexedDB database: schema and migrations in one place (idb).
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Account } from '../phone/sipPort';
import type { HistoryEntry } from './historyEntry';

export interface PhoneDB extends DBSchema {
  calls: { key: string; value: HistoryEntry; indexes: { startedAt: number; live: number } };
  settings: { key: string; value: Account };
}

export const DB_NAME = 'voispeed-web-phone';
const DB_VERSION = 1;

let opened: Promise<IDBPDatabase<PhoneDB>> | undefined;

export function database(): Promise<IDBPDatabase<PhoneDB>> {
  opened ??= openDB<PhoneDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const calls = db.createObjectStore('calls', { keyPath: 'callId' });
        calls.createIndex('startedAt', 'startedAt');
        calls.createIndex('live', 'live');
        db.createObjectStore('settings');
      }
    },
  });
  return opened;
}

/** For tests: forget the open connection so the next call opens a fresh one. */
export async function closeDatabase(): Promise<void> {
  const db = await opened;
  db?.close();
  opened = undefined;
}
