// A contact of the phonebook and the one checker every way in goes through: the form, a vCard,
// a CSV row. Text is cleaned rather than refused where a real export carries stray characters
// (control characters, bidi overrides), and refused where it is beyond what a person writes.
import { toDialString } from '../phone/dialString';

export interface ContactNumber {
  /** Free text; importers use 'mobile', 'work', 'home', 'fax', 'main', 'other' or ''. */
  label: string;
  /** A dial string (toDialString): what is dialled, without the spaces it was written with. */
  number: string;
}

export interface Contact {
  id: string;
  name: string;
  company: string;
  numbers: ContactNumber[];
  notes: string;
  createdAt?: number;
  updatedAt?: number;
}

/** A contact's own fields, as a form or a file gives them: no id, no times. */
export type ContactFields = Pick<Contact, 'name' | 'company' | 'numbers' | 'notes'>;

export const CONTACT_LIMITS = {
  name: 200,
  company: 200,
  numbers: 20,
  label: 40,
  notes: 4000,
  /** Characters of a number as written ('+39 (02) 6161-616 int. 3'), before it is checked. */
  number: 64,
} as const;

export type ContactProblem =
  | 'not-an-object'
  | 'no-name'
  | 'name-too-long'
  | 'company-too-long'
  | 'no-number'
  | 'too-many-numbers'
  | 'bad-number'
  | 'label-too-long'
  | 'notes-too-long';

export type ContactField = 'contact' | 'name' | 'company' | 'numbers' | 'label' | 'notes';

export type ContactCheck =
  | { ok: true; contact: ContactFields }
  | {
      ok: false;
      problem: ContactProblem;
      field: ContactField;
      /** Which number (from 0) the problem is in, for 'bad-number' and 'label-too-long'. */
      index?: number;
    };

// C0 and C1 controls, and the bidi embeddings, overrides and isolates that can make a name read
// backwards ('\u202egnp.exe'); what is left displays as what it is.
const CONTROLS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const NOTE_CONTROLS = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** One line of text: controls out, runs of white space as one space, trimmed. */
export function cleanLine(text: string): string {
  return text.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}

/** Notes keep their line breaks and tabs; other controls go. */
function cleanNotes(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOTE_CONTROLS, '').trim();
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Checks and cleans a contact from any source. Numbers become dial strings; a contact needs a
 * name or a company and at least one number. Lengths are counted after cleaning.
 */
export function checkContact(input: unknown): ContactCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problem: 'not-an-object', field: 'contact' };
  }
  const fields = input as Record<string, unknown>;
  // A wall of text is refused before it is cleaned: cleaning costs as much as the text is long.
  const name = cleanLine(text(fields.name).slice(0, CONTACT_LIMITS.name * 4));
  const company = cleanLine(text(fields.company).slice(0, CONTACT_LIMITS.company * 4));
  const notes = cleanNotes(text(fields.notes).slice(0, CONTACT_LIMITS.notes * 2));
  if (name.length > CONTACT_LIMITS.name) return fail('name-too-long', 'name');
  if (company.length > CONTACT_LIMITS.company) return fail('company-too-long', 'company');
  if (name === '' && company === '') return fail('no-name', 'name');
  if (notes.length > CONTACT_LIMITS.notes) return fail('notes-too-long', 'notes');
  const given = Array.isArray(fields.numbers) ? (fields.numbers as unknown[]) : [];
  if (given.length === 0) return fail('no-number', 'numbers');
  if (given.length > CONTACT_LIMITS.numbers) return fail('too-many-numbers', 'numbers');
  const numbers: ContactNumber[] = [];
  for (const [index, item] of given.entries()) {
    const entry =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const number = dialNumber(text(entry.number));
    if (number === undefined) return { ok: false, problem: 'bad-number', field: 'numbers', index };
    const label = cleanLine(text(entry.label).slice(0, CONTACT_LIMITS.label * 4));
    if (label.length > CONTACT_LIMITS.label) {
      return { ok: false, problem: 'label-too-long', field: 'label', index };
    }
    numbers.push({ label, number });
  }
  return { ok: true, contact: { name, company, numbers, notes } };
}

/** The dial string of a number as written, or undefined when it is not one (or far too long). */
export function dialNumber(written: string): string | undefined {
  if (written.length > CONTACT_LIMITS.number) return undefined;
  return toDialString(cleanLine(written));
}

function fail(problem: ContactProblem, field: ContactField): ContactCheck {
  return { ok: false, problem, field };
}

/** A new contact's fields from a call in the history, for the form to complete. */
export function fieldsFromCall(number: string, name: string): ContactFields {
  return { name: cleanLine(name), company: '', numbers: [{ label: '', number }], notes: '' };
}
