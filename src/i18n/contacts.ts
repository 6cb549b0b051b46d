// Texts for the phonebook's checks and file imports: a problem code (contact.ts, contactFile.ts)
// is worded as `contacts.problem.<code>`; the types say every code has its text.
import type { FileProblem } from '../contacts/contactFile';

const problems: Record<`contacts.problem.${FileProblem}`, string> = {
  'contacts.problem.not-an-object': 'is not a contact',
  'contacts.problem.no-name': 'give a name or a company',
  'contacts.problem.name-too-long': 'the name is longer than 200 characters',
  'contacts.problem.company-too-long': 'the company is longer than 200 characters',
  'contacts.problem.no-number': 'give at least one number',
  'contacts.problem.too-many-numbers': 'a contact has at most 20 numbers',
  'contacts.problem.bad-number': 'is not a number that can be dialled',
  'contacts.problem.label-too-long': 'a label is longer than 40 characters',
  'contacts.problem.notes-too-long': 'the notes are longer than 4,000 characters',
  'contacts.problem.file-too-big': 'the file is larger than 5 MB',
  'contacts.problem.too-many-contacts': 'the file holds more than 10,000 contacts',
  'contacts.problem.not-text': 'this is not a text file',
  'contacts.problem.no-contacts': 'the file holds no contacts',
  'contacts.problem.line-too-long': 'the line is too long',
  'contacts.problem.not-vcard': 'this is not vCard',
  'contacts.problem.bad-vcard-line': 'the line cannot be read as vCard',
  'contacts.problem.unclosed-card': 'the card that starts here has no END:VCARD',
  'contacts.problem.no-phone-column': 'no column holds phone numbers',
  'contacts.problem.bad-quotes': 'a quoted field is not closed',
  'contacts.problem.too-many-fields': 'the row has more fields than the header',
};

export const en = {
  ...problems,
  'contacts.fileRefused': 'Nothing was imported. Line {line}: {problem}.',
  'contacts.skipped': '{count} contacts without a name or a usable number were left out.',
  'contacts.duplicates': '{count} contacts were already in the phonebook.',
} as const;
