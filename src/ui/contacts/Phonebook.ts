// What the contacts screen and the dial box ask of the phonebook. createApp makes the real one
// (its storage and file readers load on first use); component tests give an in-memory one.
import { createContext, useContext } from 'react';

export interface ContactNumber {
  label: string;
  number: string;
}

export interface Contact {
  id: string;
  name: string;
  company: string;
  numbers: ContactNumber[];
  notes: string;
}

/** A contact as a form or a history row gives it: no id yet for a new one. */
export type ContactDraft = Omit<Contact, 'id'> & { id?: string };

/** field: which of the draft's fields is wrong ('numbers[1].number'), for the form to point at. */
export type ContactSave =
  | { ok: true; contact: Contact }
  | { ok: false; field: string; problem: string };

export type ContactImport =
  | { ok: true; added: number; skipped: number }
  /** line: where in the file, when the problem is on one line; 0 for the whole file. */
  | { ok: false; line: number; problem: string };

/** One suggestion of the dial box: a contact's number, or a number from the history. */
export interface DialMatch {
  name: string;
  company?: string;
  number: string;
  label?: string;
  source: 'contact' | 'history';
}

export interface Phonebook {
  /** Every contact, by name. */
  list(): Promise<Contact[]>;
  save(draft: ContactDraft): Promise<ContactSave>;
  remove(id: string): Promise<void>;
  /** Adds every contact of a vCard or CSV file, or none: a bad file changes nothing. */
  importFile(file: { name: string; text: string }): Promise<ContactImport>;
  /** Every contact as one vCard file. */
  exportVCard(): Promise<string>;
  /** Contacts, then history, matching a name, company or any digits; at most `limit`. */
  search(text: string, limit: number): Promise<DialMatch[]>;
  /** The name of the contact with this number (the dial plan's matching), if any. */
  nameFor(number: string): Promise<string | undefined>;
}

/** A phonebook that holds nothing: component tests that do not ask for one. */
export const noPhonebook: Phonebook = {
  list: async () => [],
  save: async () => ({ ok: false, field: '', problem: 'not-saved' }),
  remove: async () => {},
  importFile: async () => ({ ok: false, line: 0, problem: 'not-saved' }),
  exportVCard: async () => '',
  search: async () => [],
  nameFor: async () => undefined,
};

export const PhonebookContext = createContext<Phonebook>(noPhonebook);

export function usePhonebook(): Phonebook {
  return useContext(PhonebookContext);
}
