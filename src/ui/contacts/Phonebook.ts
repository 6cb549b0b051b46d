// What the contacts screen and the dial box ask of the phonebook. createApp makes the real one
// (its storage and file readers load on first use); component tests give an in-memory one.
import { createContext, useContext } from 'react';
import type { Contact, ContactField, ContactFields, ContactProblem } from '../../contacts/contact';
import type { FileProblem } from '../../contacts/contactFile';
import type { DialMatch } from '../../contacts/dialSearch';

export type { Contact, DialMatch };

/** A contact as a form or a history row gives it: no id yet for a new one. */
export type ContactDraft = ContactFields & { id?: string };

/** index: which number the problem is in, for the form to name it. */
export type ContactSave =
  | { ok: true; contact: Contact }
  | { ok: false; problem: ContactProblem | 'not-saved'; field: ContactField; index?: number };

export type ContactImport =
  | { ok: true; added: number; skipped: number; duplicates: number }
  /** line: where in the file the problem is. */
  | { ok: false; problem: FileProblem | 'not-saved'; line: number };

export interface Phonebook {
  /** Every contact, by name. */
  list(): Promise<Contact[]>;
  save(draft: ContactDraft): Promise<ContactSave>;
  remove(id: string): Promise<void>;
  /** Adds every contact of a vCard or CSV file, or none: a bad file changes nothing. */
  importFile(file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<ContactImport>;
  /** Every contact as one vCard file. */
  exportVCard(): Promise<string>;
  /** Contacts, then history, matching a name, company or any digits; at most `limit`. */
  search(text: string, limit: number): Promise<DialMatch[]>;
  /** The name (or company) of the contact with this number, by the dial plan's matching. */
  nameFor(number: string): Promise<string | undefined>;
}

/** A phonebook that holds nothing: component tests that do not ask for one. */
export const noPhonebook: Phonebook = {
  list: async () => [],
  save: async () => ({ ok: false, problem: 'not-saved', field: 'contact' }),
  remove: async () => {},
  importFile: async () => ({ ok: false, problem: 'not-saved', line: 0 }),
  exportVCard: async () => '',
  search: async () => [],
  nameFor: async () => undefined,
};

export const PhonebookContext = createContext<Phonebook>(noPhonebook);

export function usePhonebook(): Phonebook {
  return useContext(PhonebookContext);
}
