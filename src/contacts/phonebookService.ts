// The phonebook as the UI and caller names ask for it, over the IndexedDB store and the file
// readers. Loaded on first use (lazyPhonebook): libphonenumber, ical.js and papaparse come with it.
import type { DialPlan } from '../numbers/dialPlanDefaults';
import {
  addContact,
  allContacts,
  contactForNumber,
  deleteContact,
  importContacts,
  rekeyContacts,
  updateContact,
} from '../storage/contacts';
import type { Phonebook } from '../ui/contacts/Phonebook';
import { checkContact } from './contact';
import { dialSearch } from './dialSearch';
import { readContactsFile } from './importFile';
import { writeVcard } from './vcard';

export interface PhonebookService extends Phonebook {
  /** Keys the contacts stored under another dial plan by this one (at start, on a change). */
  rekey(): Promise<void>;
}

export function createPhonebook(plan: () => DialPlan): PhonebookService {
  return {
    list: allContacts,
    async save(draft) {
      const check = checkContact(draft);
      if (!check.ok)
        return { ok: false, problem: check.problem, field: check.field, index: check.index };
      const contact = draft.id
        ? await updateContact(draft.id, check.contact, plan())
        : await addContact(check.contact, plan());
      // Deleted in another window while this one edited it.
      return contact
        ? { ok: true, contact }
        : { ok: false, problem: 'not-saved', field: 'contact' };
    },
    remove: deleteContact,
    async importFile(file) {
      const read = await readContactsFile(file);
      if (!read.ok) return read;
      const { added, duplicates } = await importContacts(read.contacts, plan());
      return { ok: true, added, duplicates, skipped: read.skipped };
    },
    exportVCard: async () => writeVcard(await allContacts()),
    search: (text, limit) => dialSearch(text, plan(), limit),
    async nameFor(number) {
      const match = await contactForNumber(number, plan());
      return match ? match.contact.name || match.contact.company || undefined : undefined;
    },
    async rekey() {
      await rekeyContacts(plan());
    },
  };
}
