// The phonebook in IndexedDB: contacts added, changed, deleted and imported (all or nothing), found
// by a number's key (an incoming call's name) and by search terms. Loaded when first used, never
// with the app: it pulls libphonenumber in through numberKey.
import { type Contact, type ContactFields, checkContact } from '../contacts/contact';
import { internationalForm, numberKey, numberKeys, planSignature } from '../contacts/numberKey';
import type { DialPlan } from '../numbers/dialPlanDefaults';
import { database, type StoredContact } from './db';
import { narrowestToken, queryTokens, searchTerms, termsMatch } from './historySearch';

/** What an incoming number found: the contact and the label of the number that matched. */
export interface ContactMatch {
  contact: Contact;
  label: string;
}

/** The search keys of one of a contact's numbers, with its name and company. */
export function numberTerms(
  number: string,
  fields: Pick<Contact, 'name' | 'company'>,
  plan: DialPlan,
): string[] {
  // Typed as written, as dialled, or from abroad ('+39 02 616'), the number is found.
  const forms = [numberKey(number, plan), internationalForm(number, plan)];
  return [
    ...searchTerms(number, fields.name),
    ...searchTerms('', fields.company),
    ...forms.flatMap((form) =>
      form === undefined || form === number ? [] : searchTerms(form, ''),
    ),
  ];
}

function stored(contact: Contact, plan: DialPlan): StoredContact {
  const numbers = contact.numbers.map((n) => n.number);
  const terms = new Set(numbers.flatMap((number) => numberTerms(number, contact, plan)));
  // The first word of what the list shows, marked, so that names starting with the typed text
  // are looked up first: no typed token starts with the mark, so no other match changes.
  const lead = searchTerms('', shown(contact))[0];
  if (lead !== undefined) terms.add(`${LEAD}${lead}`);
  return {
    ...contact,
    keys: numberKeys(numbers, plan),
    plan: planSignature(plan),
    terms: [...terms],
  };
}

function plain({ keys: _keys, plan: _plan, terms: _terms, ...contact }: StoredContact): Contact {
  return contact;
}

/** The checked fields, or an error: the UI checks with checkContact first and words the problem. */
function checked(fields: ContactFields): ContactFields {
  const check = checkContact(fields);
  if (!check.ok) throw new Error(`Contact refused: ${check.problem}`);
  return check.contact;
}

export async function addContact(fields: ContactFields, plan: DialPlan): Promise<Contact> {
  const now = Date.now();
  const contact: Contact = {
    id: crypto.randomUUID(),
    ...checked(fields),
    createdAt: now,
    updatedAt: now,
  };
  await (await database()).add('contacts', stored(contact, plan));
  return contact;
}

/** Replaces a contact's fields; undefined when it no longer exists (deleted in another tab). */
export async function updateContact(
  id: string,
  fields: ContactFields,
  plan: DialPlan,
): Promise<Contact | undefined> {
  const tx = (await database()).transaction('contacts', 'readwrite');
  const before = await tx.store.get(id);
  if (!before) return undefined;
  const contact: Contact = { ...plain(before), ...checked(fields), updatedAt: Date.now() };
  await tx.store.put(stored(contact, plan));
  await tx.done;
  return contact;
}

export async function deleteContact(id: string): Promise<void> {
  await (await database()).delete('contacts', id);
}

/** How an import went: contacts added, and those skipped as already in the phonebook. */
export interface ImportResult {
  added: number;
  duplicates: number;
}

const sameContact = (a: ContactFields, b: Contact): boolean =>
  a.name === b.name &&
  a.company === b.company &&
  a.numbers.length === b.numbers.length &&
  a.numbers.every((n, i) => n.number === b.numbers[i]?.number);

/**
 * Adds every contact in one transaction: if any write fails, none is kept. A contact already in
 * the phonebook with the same name, company and numbers is not added twice (importing a file again).
 */
export async function importContacts(
  list: readonly ContactFields[],
  plan: DialPlan,
): Promise<ImportResult> {
  const contacts = list.map(checked);
  // The records are made before the transaction opens: it must not wait on this work.
  const now = Date.now();
  const records = contacts.map((fields) =>
    stored({ id: crypto.randomUUID(), ...fields, createdAt: now, updatedAt: now }, plan),
  );
  const tx = (await database()).transaction('contacts', 'readwrite');
  const done = tx.done;
  // Awaited below; a failed write aborts the transaction, and its error comes from there.
  done.catch(() => undefined);
  let added = 0;
  try {
    // Every lookup asked at once (one round trip, not one per contact), then every write.
    const keys = tx.store.index('keys');
    const already = await Promise.all(
      records.map((r) => (r.keys[0] === undefined ? [] : keys.getAll(r.keys[0]))),
    );
    // The same contact twice in one file is kept once too.
    const kept = new Map<string, StoredContact[]>();
    records.forEach((record, i) => {
      const key = record.keys[0] ?? '';
      const earlier = kept.get(key) ?? [];
      const same = [...(already[i] ?? []), ...earlier];
      if (same.some((other) => sameContact(record, other))) return;
      kept.set(key, [...earlier, record]);
      tx.store.add(record).catch(() => undefined);
      added += 1;
    });
  } catch {
    // Already aborted by a failed write, or else aborted here: either way nothing is kept.
    try {
      tx.abort();
    } catch {}
  }
  await done;
  return { added, duplicates: contacts.length - added };
}

/** Every contact, by name (or company), as the contacts screen lists them. */
export async function allContacts(): Promise<Contact[]> {
  const all = (await (await database()).getAll('contacts')).map(plain);
  return all.sort(byName);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const shown = (c: Contact) => c.name || c.company;

export function byName(a: Contact, b: Contact): number {
  return collator.compare(shown(a), shown(b)) || collator.compare(a.company, b.company);
}

/** The contact a number belongs to under the plan: one index lookup. */
export async function contactForNumber(
  number: string,
  plan: DialPlan,
): Promise<ContactMatch | undefined> {
  const key = numberKey(number, plan);
  if (key === undefined) return undefined;
  const found = await (await database()).getFromIndex('contacts', 'keys', key);
  if (!found) return undefined;
  const at = found.numbers.find((n) => numberKey(n.number, plan) === key);
  return { contact: plain(found), label: at?.label ?? '' };
}

/** Contacts whose name, company or numbers hold every typed token; names starting with it first. */
export async function searchContacts(text: string, limit: number): Promise<Contact[]> {
  return (await matchingContacts(queryTokens(text), limit)).map(plain);
}

/** Beyond this many keys one typed letter matches, the first ones (by key) are enough to rank. */
const CANDIDATES = 300;
const LEAD = '^';

const startingWith = (token: string) => IDBKeyRange.bound(token, `${token}\uffff`);

export async function matchingContacts(
  tokens: readonly string[],
  limit: number,
): Promise<StoredContact[]> {
  const token = narrowestToken(tokens);
  if (token === undefined || limit <= 0) return [];
  const db = await database();
  // Names starting with the first token, then any match: one letter matches thousands of
  // contacts, and the first few hundred by key would miss the names that start with it.
  const [leading, any] = await Promise.all([
    db.getAllFromIndex('contacts', 'terms', startingWith(`${LEAD}${tokens[0] ?? ''}`), CANDIDATES),
    db.getAllFromIndex('contacts', 'terms', startingWith(token), CANDIDATES),
  ]);
  const found = [...leading, ...any];
  const seen = new Set<string>();
  const matches = found.filter((c) => {
    if (seen.has(c.id) || !termsMatch(c.terms, tokens)) return false;
    seen.add(c.id);
    return true;
  });
  const first = tokens[0] ?? '';
  const startsWith = (c: Contact) => (fold(shown(c)).startsWith(first) ? 0 : 1);
  return matches.sort((a, b) => startsWith(a) - startsWith(b) || byName(a, b)).slice(0, limit);
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Makes the number keys again for contacts keyed under another dial plan; returns how many
 * changed. Only those are read (the plan index), so calling it at every start costs nothing.
 */
export async function rekeyContacts(plan: DialPlan): Promise<number> {
  const signature = planSignature(plan);
  const tx = (await database()).transaction('contacts', 'readwrite');
  const index = tx.store.index('plan');
  // Read at once, then written: a cursor over the index it moves records out of re-seeks each step.
  const stale = (
    await Promise.all([
      index.getAll(IDBKeyRange.upperBound(signature, true)),
      index.getAll(IDBKeyRange.lowerBound(signature, true)),
    ])
  ).flat();
  for (const contact of stale) void tx.store.put(stored(plain(contact), plan));
  const changed = stale.length;
  await tx.done;
  return changed;
}
