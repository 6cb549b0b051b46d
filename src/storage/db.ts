// The app's IndexedDB database: schema and migrations in one place (idb).
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import type { Contact } from '../contacts/contact';
import type { HistoryEntry } from './historyEntry';
import { searchTerms } from './historySearch';
import type { RecordingChunk, RecordingInfo } from './recordings';

/**
 * One (number, name) pair seen in the history, with the keys a search looks up. Few of these
 * exist next to many calls (people call the same numbers), so their search keys cost little.
 */
export interface Party {
  number: string;
  name: string;
  /** Suffixes of the number's digits and the folded words of number and name (historySearch.ts). */
  terms: string[];
}

/** A contact as stored, with the keys its numbers match by and the keys a search looks up. */
export interface StoredContact extends Contact {
  /** numberKey of each number, under the dial plan named by `plan` (src/contacts/numberKey.ts). */
  keys: string[];
  plan: string;
  /** searchTerms of its numbers, name and company (historySearch.ts). */
  terms: string[];
}

export interface PhoneDB extends DBSchema {
  calls: {
    key: string;
    value: HistoryEntry;
    indexes: { startedAt: number; live: number; number: [string, number] };
  };
  parties: { key: [string, string]; value: Party; indexes: { terms: string } };
  contacts: {
    key: string;
    value: StoredContact;
    indexes: { keys: string; terms: string; plan: string };
  };
  // Each part's loader checks what it reads: a record may be older than the code, or damaged.
  settings: { key: string; value: unknown };
  recordings: { key: string; value: RecordingInfo };
  recordingChunks: { key: [string, number]; value: RecordingChunk };
}

export const DB_NAME = 'voispeed-web-phone';
export const DB_VERSION = 4;

type Upgrade = IDBPTransaction<PhoneDB, StoreNames<PhoneDB>[], 'versionchange'>;

export function party(number: string, name: string): Party {
  return { number, name, terms: searchTerms(number, name) };
}

/** Each step takes the database from the version before it to its own; shipped steps never change. */
const MIGRATIONS: ((db: IDBPDatabase<PhoneDB>, tx: Upgrade) => void)[] = [
  // 1: calls by Call-ID, newest first through startedAt, the sparse 'live' index; the account.
  (db) => {
    const calls = db.createObjectStore('calls', { keyPath: 'callId' });
    calls.createIndex('startedAt', 'startedAt');
    calls.createIndex('live', 'live');
    db.createObjectStore('settings');
  },
  // 2: search. A call is found through its party (number and name) and then by number and time.
  (db, tx) => {
    tx.objectStore('calls').createIndex('number', ['number', 'startedAt']);
    const parties = db.createObjectStore('parties', { keyPath: ['number', 'name'] });
    parties.createIndex('terms', 'terms', { multiEntry: true });
    void indexParties(tx);
  },
  // 3: the phonebook, found by its numbers' keys (a caller's name) and by search terms; by the
  // dial plan its keys were made under, so a new plan finds the contacts to re-key at once.
  (db) => {
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('keys', 'keys', { multiEntry: true });
    contacts.createIndex('terms', 'terms', { multiEntry: true });
    contacts.createIndex('plan', 'plan');
  },
  // 4: call recordings by their call's Call-ID: what each is (small, read for the history's
  // icons and the quota), and its audio as chunks by [Call-ID, number], appended as it records.
  (db) => {
    db.createObjectStore('recordings', { keyPath: 'callId' });
    db.createObjectStore('recordingChunks', { keyPath: ['callId', 'seq'] });
  },
];

/** Builds the parties of calls stored before version 2, inside the upgrade transaction. */
async function indexParties(tx: Upgrade): Promise<void> {
  const parties = tx.objectStore('parties');
  const seen = new Set<string>();
  for (let cursor = await tx.objectStore('calls').openCursor(); cursor; ) {
    // Stored data may predate any check: a malformed record is skipped, not allowed to fail the upgrade.
    const { number, name } = cursor.value as Partial<HistoryEntry>;
    if (typeof number === 'string' && typeof name === 'string') {
      const key = JSON.stringify([number, name]);
      if (!seen.has(key)) {
        seen.add(key);
        void parties.put(party(number, name));
      }
    }
    cursor = await cursor.continue();
  }
}

/** Opens the database at a given version, running the migrations it lacks (tests open older ones). */
export function openAt(version: number): Promise<IDBPDatabase<PhoneDB>> {
  let connection: IDBPDatabase<PhoneDB> | undefined;
  const result: Promise<IDBPDatabase<PhoneDB>> = openDB<PhoneDB>(DB_NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let step = oldVersion; step < version; step += 1) MIGRATIONS[step]?.(db, tx);
    },
    // A newer version of the app in another tab wants to upgrade: let it, and reopen on next use
    // (a newer schema then refuses us, and the history writer reports it instead of blocking them).
    blocking() {
      connection?.close();
      forget(result);
    },
    terminated() {
      forget(result);
    },
  }).then((db) => {
    connection = db;
    return db;
  });
  return result;
}

let opened: Promise<IDBPDatabase<PhoneDB>> | undefined;

function forget(opening: Promise<unknown>): void {
  if (opened === opening) opened = undefined;
}

export function database(): Promise<IDBPDatabase<PhoneDB>> {
  if (!opened) {
    const opening = openAt(DB_VERSION);
    opened = opening;
    opening.catch(() => forget(opening));
  }
  return opened;
}

/** Forget the open connection so the next call opens a fresh one (tests, and another tab upgrading). */
export async function closeDatabase(): Promise<void> {
  const current = opened;
  opened = undefined;
  const db = await current?.catch(() => undefined);
  db?.close();
}
