import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/contacts/contact';
import { FILE_LIMITS } from '../../src/contacts/contactFile';
import { readContacts } from '../../src/contacts/importFile';
import { readVcard, writeVcard } from '../../src/contacts/vcard';

const card = (...lines: string[]) =>
  ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('readVcard: good files', () => {
  it.each<[string, string, object[]]>([
    [
      'vCard 3.0 with N, ORG, typed TELs and a note',
      card(
        'FN:Mario Rossi',
        'N:Rossi;Mario;;;',
        'ORG:Acme S.p.A.;Vendite',
        'TEL;TYPE=CELL,VOICE:+39 333 123 4567',
        'TEL;TYPE=WORK:02 6161616',
        'NOTE:Prefers mornings\\, not Fridays\\nSecond line',
      ),
      [
        {
          name: 'Mario Rossi',
          company: 'Acme S.p.A.',
          numbers: [
            { label: 'mobile', number: '+393331234567' },
            { label: 'work', number: '026161616' },
          ],
          notes: 'Prefers mornings, not Fridays\nSecond line',
        },
      ],
    ],
    [
      'vCard 4.0 with tel: URIs, quoted TYPE lists and an extension',
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Anna Verdi',
        'TEL;VALUE=uri;TYPE="voice,home":tel:+39-02-1234-5678;ext=12',
        'END:VCARD',
      ].join('\n'),
      [{ name: 'Anna Verdi', numbers: [{ label: 'home', number: '+390212345678' }] }],
    ],
    [
      'no FN: the name from N; folded lines; Apple groups; a photo passed over',
      card(
        'N:Bianchi;Luca;Maria;Dott.;',
        'item1.TEL;type=pref:0212',
        ' 345678',
        `PHOTO;ENCODING=b;TYPE=JPEG:${'QUJD'.repeat(30_000)}`,
        'EMAIL:luca@example.com',
      ),
      [{ name: 'Dott. Luca Maria Bianchi', numbers: [{ label: '', number: '0212345678' }] }],
    ],
    [
      'only a company',
      card('FN:', 'ORG:Centralino Srl', 'TEL;TYPE=MAIN:+39 02 0000000'),
      [{ name: '', company: 'Centralino Srl', numbers: [{ label: 'main' }] }],
    ],
    [
      'hostile text is only text',
      card(
        'FN:<script>alert(1)</script>\u202eexe.txt',
        "TEL:=cmd|' /C calc'!A0",
        'TEL:204',
        'NOTE:=HYPERLINK("x")',
      ),
      [
        {
          name: '<script>alert(1)</script> exe.txt',
          numbers: [{ label: '', number: '204' }],
          notes: '=HYPERLINK("x")',
        },
      ],
    ],
  ])('%s', (_, text, contacts) => {
    const read = readVcard(text);
    expect(read).toMatchObject({ ok: true, skipped: 0 });
    if (read.ok) expect(read.contacts).toMatchObject(contacts);
  });

  it('reads many cards, skipping and counting those without a usable number or a name', () => {
    const text = [
      card('FN:One', 'TEL:201'),
      card('FN:Email only', 'EMAIL:a@b.c'),
      card('FN:Bad number', 'TEL:ask at the desk'),
      card('FN:', 'TEL:202'),
      card('FN:Two', 'TEL:202'),
    ].join('\r\n\r\n');
    const read = readVcard(`\ufeff${text}`);
    expect(read).toMatchObject({ ok: true, skipped: 3 });
    if (read.ok) expect(read.contacts.map((c) => c.name)).toEqual(['One', 'Two']);
  });
});

describe('readVcard: refused files name the line', () => {
  it.each<[string, string, string, number]>([
    ['empty', '', 'no-contacts', 1],
    ['not a vCard', 'name,phone\nMario,204', 'not-vcard', 1],
    ['text after a card', `${card('FN:A', 'TEL:1')}\r\nhello`, 'not-vcard', 6],
    ['a card never closed', `${card('FN:A', 'TEL:1')}\r\nBEGIN:VCARD\r\nFN:B`, 'unclosed-card', 6],
    ['a card inside a card', 'BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD', 'unclosed-card', 1],
    [
      'a line ical.js cannot read',
      `${card('FN:A', 'TEL:1')}\n${card('FN:B', 'TEL;TYPE="x:2')}`,
      'bad-vcard-line',
      9,
    ],
    ['a line with no colon', card('FN:A', 'TEL:1', 'garbage'), 'bad-vcard-line', 5],
    ['a name far too long', card(`FN:${'x'.repeat(300)}`, 'TEL:1'), 'name-too-long', 1],
    [
      'a 100,000-character note',
      card('FN:A', 'TEL:1', `NOTE:${'n'.repeat(100_000)}`),
      'line-too-long',
      5,
    ],
    [
      'too many numbers',
      card('FN:A', ...Array.from({ length: 21 }, (_, i) => `TEL:${200 + i}`)),
      'too-many-numbers',
      1,
    ],
    ['binary garbage', `BEGIN:VCARD\nFN:\u0000\u0001\u0002\u00ff`, 'not-text', 2],
    ['undecodable bytes', card('FN:Nicol\ufffd', 'TEL:1'), 'not-text', 3],
  ])('%s', (_, text, problem, line) => {
    expect(readVcard(text)).toEqual({ ok: false, problem, line });
  });

  it('refuses a file over 5 MB or with more than 10,000 cards', () => {
    expect(readVcard(card(`NOTE:${'x'.repeat(FILE_LIMITS.bytes)}`))).toMatchObject({
      problem: 'file-too-big',
    });
    const many = Array.from({ length: 10_001 }, (_, i) => card(`FN:P${i}`, `TEL:${i + 100}`));
    expect(readVcard(many.join('\r\n'))).toEqual({
      ok: false,
      problem: 'too-many-contacts',
      line: 10_000 * 5 + 1,
    });
    const read = readVcard(many.slice(0, 10_000).join('\r\n'));
    expect(read.ok && read.contacts.length).toBe(10_000);
  });
});

describe('writeVcard', () => {
  const contacts: Contact[] = [
    {
      id: 'a',
      name: 'Rossi, Mario; "il capo" <b>',
      company: 'Acme; Vendite, Nord',
      numbers: [
        { label: 'mobile', number: '+393331234567' },
        { label: 'Segreteria', number: '204' },
        { label: '', number: '*72#' },
      ],
      notes: `Line one\nLine two, =cmd|' /C calc'!A0 ${'é'.repeat(200)}`,
    },
    {
      id: 'b',
      name: '',
      company: 'Solo Azienda',
      numbers: [{ label: 'main', number: '0200' }],
      notes: '',
    },
  ];

  it('writes vCard 3.0 that reads back as the same contacts', () => {
    const text = writeVcard(contacts);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    // Folded at 75 octets or fewer, as the RFC says; a long note spans several lines.
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    const read = readVcard(text);
    expect(read).toEqual({
      ok: true,
      skipped: 0,
      contacts: contacts.map(({ id: _id, ...fields }) => fields),
    });
    expect(readContacts(text)).toEqual(read);
  });
});
