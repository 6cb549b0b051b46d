// vCard 3.0 and 4.0 files, read and written with ical.js (its escaping, folding and parameter
// quoting are the RFCs'). This module finds the cards and their lines, so that a refusal names
// the line; ical.js reads what is inside them.
import ICAL from 'ical.js';
import {
  type Contact,
  type ContactFields,
  type ContactNumber,
  checkContact,
  cleanLine,
  dialNumber,
} from './contact';
import { checkText, FILE_LIMITS, type FileRead, isSkipped, labelFor, refused } from './contactFile';

/** The properties read; others (PHOTO, EMAIL, ADR...) are passed over unread, whatever their size. */
const USED = new Set(['version', 'fn', 'n', 'org', 'tel', 'note']);

/** One content line, unfolded, with the file line it starts on. */
interface ContentLine {
  text: string;
  line: number;
}

/** A name and group ('item1.TEL;TYPE=CELL:...' is 'tel'), lower case. */
function propertyName(text: string): string {
  const end = text.search(/[;:]/);
  const name = (end < 0 ? text : text.slice(0, end)).toLowerCase();
  return name.slice(name.lastIndexOf('.') + 1);
}

/** A card's content lines, and the line of its BEGIN. */
interface Card {
  begin: number;
  lines: ContentLine[];
}

/** Splits the text into cards of content lines, or the problem and its line. */
function cards(text: string): Card[] | FileRead {
  const lines = text.split(/\r\n|\r|\n/);
  const found: Card[] = [];
  let card: ContentLine[] | undefined;
  let begin = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    const last = card?.at(-1);
    if (/^[ \t]/.test(raw) && card && last) {
      // A folded line continues the one before it (RFC 6350 3.2).
      if (last.text.length + raw.length > FILE_LIMITS.line) {
        if (USED.has(propertyName(last.text))) return refused('line-too-long', last.line);
        continue;
      }
      last.text += raw.slice(1);
      continue;
    }
    const upper = raw.trim().toUpperCase();
    if (!card) {
      if (upper === '') continue;
      if (upper !== 'BEGIN:VCARD') return refused('not-vcard', line);
      if (found.length === FILE_LIMITS.contacts) return refused('too-many-contacts', line);
      card = [];
      begin = line;
      continue;
    }
    if (upper === 'END:VCARD') {
      found.push({ begin, lines: card });
      card = undefined;
    } else if (upper === 'BEGIN:VCARD') {
      return refused('unclosed-card', begin);
    } else if (!raw.includes(':')) {
      // Every content line has a name and a value; one without is not vCard, used or not.
      return refused('bad-vcard-line', line);
    } else if (upper !== '') {
      card.push({ text: raw.slice(0, FILE_LIMITS.line + 1), line });
    }
  }
  if (card) return refused('unclosed-card', begin);
  return found;
}

/** Parses one card's used lines with ical.js, or names the line it cannot read. */
function parseCard(lines: ContentLine[]): ICAL.Component | FileRead {
  const used = lines.filter((l) => USED.has(propertyName(l.text)));
  for (const l of used)
    if (l.text.length > FILE_LIMITS.line) return refused('line-too-long', l.line);
  const wrap = (body: ContentLine[]) =>
    `BEGIN:VCARD\r\n${body.map((l) => l.text).join('\r\n')}\r\nEND:VCARD\r\n`;
  try {
    return new ICAL.Component(ICAL.parse(wrap(used)) as unknown[]);
  } catch {
    // ical.js errors carry no line: the first line that fails on its own is the one.
    const version = used.filter((l) => propertyName(l.text) === 'version');
    for (const l of used) {
      try {
        ICAL.parse(wrap([...version, l]));
      } catch {
        return refused('bad-vcard-line', l.line);
      }
    }
    return refused('bad-vcard-line', used[0]?.line ?? 1);
  }
}

function values(component: ICAL.Component, name: string): unknown[] {
  return component.getAllProperties(name).map((p) => p.getFirstValue());
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(strings) : typeof value === 'string' ? [value] : [];

function nameOf(component: ICAL.Component, company: string): string {
  // N is family; given; additional; prefixes; suffixes.
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = strings(
    values(component, 'n')[0],
  );
  const parts = [prefix, given, additional, family, suffix].join(' ');
  const full = strings(values(component, 'fn')[0]).join(' ');
  // FN is required: a card of a company alone (as writeVcard makes it) names the company there.
  if (cleanLine(parts) === '' && cleanLine(full) === cleanLine(company)) return '';
  return cleanLine(full) === '' ? parts : full;
}

function numbersOf(component: ICAL.Component): ContactNumber[] {
  return component.getAllProperties('tel').flatMap((property) => {
    // vCard 4 may write a number as a tel: URI, with an extension the dial string cannot hold.
    const value = strings(property.getFirstValue()).join('');
    const written = value.replace(/^tel:/i, '').replace(/;.*$/, '');
    const number = dialNumber(written);
    const own = strings(property.getParameter('x-label')).join(' ');
    const label = own || labelFor(strings(property.getParameter('type')).join(' '));
    return number === undefined ? [] : [{ label, number }];
  });
}

/** Reads a vCard 3.0 or 4.0 file of one or many cards; a file with any bad card is refused. */
export function readVcard(text: string): FileRead {
  const first = checkText(text);
  if (first) return first;
  const found = cards(text.replace(/^\ufeff/, ''));
  if (!Array.isArray(found)) return found;
  if (found.length === 0) return refused('no-contacts', 1);
  const contacts: ContactFields[] = [];
  let skipped = 0;
  for (const { begin, lines } of found) {
    const component = parseCard(lines);
    if (!(component instanceof ICAL.Component)) return component;
    const company = strings(values(component, 'org')[0])[0] ?? '';
    const check = checkContact({
      name: nameOf(component, company),
      company,
      numbers: numbersOf(component),
      notes: strings(values(component, 'note')).join('\n'),
    });
    if (check.ok) contacts.push(check.contact);
    else if (isSkipped(check.problem)) skipped += 1;
    else return refused(check.problem, begin);
  }
  return { ok: true, contacts, skipped };
}

const TYPES: Record<string, string[]> = {
  mobile: ['cell', 'voice'],
  work: ['work', 'voice'],
  home: ['home', 'voice'],
  fax: ['fax'],
  main: ['main', 'voice'],
  other: ['voice'],
};

/**
 * The contacts as vCard 3.0: the version Outlook, macOS, Android and Google all import (Outlook
 * and older phones read no 4.0). A label of the user's own travels as X-LABEL beside the TEL.
 */
export function writeVcard(contacts: readonly Contact[]): string {
  return contacts.map(card).join('\r\n');
}

function card(contact: Contact): string {
  const vcard = new ICAL.Component('vcard');
  vcard.addPropertyWithValue('version', '3.0');
  vcard.addPropertyWithValue('fn', contact.name || contact.company);
  const n = new ICAL.Property('n');
  // N is required in 3.0: the last word as the family name is what most readers expect.
  const words = contact.name.split(' ');
  const family = words.length > 1 ? (words.pop() ?? '') : '';
  n.setValue([family, words.join(' '), '', '', '']);
  vcard.addProperty(n);
  if (contact.company) {
    const org = new ICAL.Property('org');
    org.setValue([contact.company]);
    vcard.addProperty(org);
  }
  for (const { label, number } of contact.numbers) {
    const tel = vcard.addPropertyWithValue('tel', number);
    const types = TYPES[label];
    if (types) tel.setParameter('type', types);
    else if (label) tel.setParameter('x-label', label);
  }
  if (contact.notes) vcard.addPropertyWithValue('note', contact.notes);
  return `${vcard.toString()}\r\n`;
}
