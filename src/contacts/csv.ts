// CSV contacts, read with papaparse (quotes, embedded line breaks, the delimiter Excel chose):
// a header row, then one contact a row. Column names of Google Contacts, Outlook and simple
// files in English or Italian are recognised; several phone columns give several numbers.
import Papa from 'papaparse';
import {
  type ContactFields,
  type ContactNumber,
  checkContact,
  cleanLine,
  dialNumber,
} from './contact';
import { checkText, FILE_LIMITS, type FileRead, isSkipped, labelFor, refused } from './contactFile';

type Role = 'name' | 'given' | 'middle' | 'family' | 'company' | 'notes';

const ROLES: Record<string, Role> = {
  name: 'name',
  'full name': 'name',
  'display name': 'name',
  'nome completo': 'name',
  'nome e cognome': 'name',
  nominativo: 'name',
  contatto: 'name',
  'first name': 'given',
  'given name': 'given',
  nome: 'given',
  'middle name': 'middle',
  'additional name': 'middle',
  'secondo nome': 'middle',
  'last name': 'family',
  'family name': 'family',
  surname: 'family',
  cognome: 'family',
  company: 'company',
  organization: 'company',
  organisation: 'company',
  'organization name': 'company',
  'organization 1 - name': 'company',
  azienda: 'company',
  societa: 'company',
  ditta: 'company',
  organizzazione: 'company',
  'ragione sociale': 'company',
  notes: 'notes',
  note: 'notes',
  nota: 'notes',
};

const PHONE =
  /\b(phone|telephone|tel|telefono|cellulare|cell|mobile|fax|pager|cercapersone|interno)\b/;
const NOT_A_NUMBER = /\b(label|type|etichetta|tipo)\b/;
/** Google's 'Phone 1 - Value' takes its label from 'Phone 1 - Label' (or '- Type' in older files). */
const GOOGLE_VALUE = /^(phone \d+) - value$/;

const fold = (text: string) =>
  cleanLine(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

interface Columns {
  roles: Partial<Record<Role, number>>;
  phones: { column: number; label: string; labelColumn?: number }[];
}

function columnsOf(header: readonly string[]): Columns {
  const names = header.map(fold);
  const roles: Columns['roles'] = {};
  const phones: Columns['phones'] = [];
  names.forEach((name, column) => {
    const role = ROLES[name];
    if (role !== undefined) {
      roles[role] ??= column;
      return;
    }
    if (!PHONE.test(name) || NOT_A_NUMBER.test(name)) return;
    const google = GOOGLE_VALUE.exec(name)?.[1];
    const labelColumn = google
      ? names.findIndex((n) => n === `${google} - label` || n === `${google} - type`)
      : -1;
    phones.push({ column, label: labelFor(name), ...(labelColumn >= 0 ? { labelColumn } : {}) });
  });
  // 'Nome' alone is the whole name; beside 'Cognome' it is the first name.
  if (roles.given !== undefined && roles.family === undefined && roles.name === undefined) {
    roles.name = roles.given;
    delete roles.given;
  }
  return { roles, phones };
}

/** A row's contact, before the checker. Google puts several numbers in one cell with ' ::: '. */
function fieldsOf(row: readonly string[], { roles, phones }: Columns): ContactFields {
  const cell = (role: Role) => {
    const column = roles[role];
    return column === undefined ? '' : (row[column] ?? '');
  };
  const parts = [cell('given'), cell('middle'), cell('family')].filter((p) => cleanLine(p) !== '');
  const numbers: ContactNumber[] = phones.flatMap(({ column, label, labelColumn }) => {
    const own =
      labelColumn === undefined ? '' : cleanLine(row[labelColumn] ?? '').replace(/^\*\s*/, '');
    return (
      (row[column] ?? '')
        .split(':::')
        // A cell that is no number ('-', 'n/a') is left out, as an unusable vCard TEL is.
        .filter((n) => dialNumber(n) !== undefined)
        .map((number) => ({ label: own === '' ? label : labelFor(own) || own, number }))
    );
  });
  return {
    name: cell('name') || parts.join(' '),
    company: cell('company'),
    numbers,
    notes: cell('notes'),
  };
}

interface Row {
  fields: string[];
  line: number;
  error?: string;
}

/** Every row with the line it starts on (a quoted field may hold line breaks). */
function rowsOf(text: string): Row[] | FileRead {
  const rows: Row[] = [];
  let counted = 0;
  let line = 1;
  let end = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result, parser) {
      // The row starts at the first character after the last one's end that is not a line break.
      let start = end;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start += 1;
      for (; counted < start; counted += 1) if (text[counted] === '\n') line += 1;
      end = result.meta.cursor;
      const error = result.errors.find((e) => e.code !== 'UndetectableDelimiter');
      rows.push({ fields: result.data, line, ...(error ? { error: error.code } : {}) });
      if (rows.length > FILE_LIMITS.contacts + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return refused('too-many-contacts', rows.at(-1)?.line ?? 1);
  return rows;
}

/** Reads a CSV file with a header row; a file with any bad row is refused. */
export function readCsv(text: string): FileRead {
  const first = checkText(text);
  if (first) return first;
  const rows = rowsOf(text.replace(/^\ufeff/, ''));
  if (!Array.isArray(rows)) return rows;
  const [header, ...body] = rows;
  if (!header || body.length === 0) return refused('no-contacts', 1);
  const columns = columnsOf(header.fields);
  if (columns.phones.length === 0) return refused('no-phone-column', header.line);
  const contacts: ContactFields[] = [];
  let skipped = 0;
  for (const row of [header, ...body]) {
    if (row.error !== undefined) return refused('bad-quotes', row.line);
    if (row.fields.reduce((sum, f) => sum + f.length, 0) > FILE_LIMITS.line) {
      return refused('line-too-long', row.line);
    }
    const extra = row.fields.slice(header.fields.length);
    if (extra.some((f) => f.trim() !== '')) return refused('too-many-fields', row.line);
  }
  for (const row of body) {
    const check = checkContact(fieldsOf(row.fields, columns));
    if (check.ok) contacts.push(check.contact);
    else if (isSkipped(check.problem)) skipped += 1;
    else return refused(check.problem, row.line);
  }
  return { ok: true, contacts, skipped };
}
