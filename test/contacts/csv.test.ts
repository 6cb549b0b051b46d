import { describe, expect, it } from 'vitest';
import { decodeText, fileTooBig } from '../../src/contacts/contactFile';
import { readCsv } from '../../src/contacts/csv';
import { readContacts, readContactsFile } from '../../src/contacts/importFile';

describe('readCsv: good files', () => {
  it.each<[string, string, object[]]>([
    [
      'simple English columns',
      'name,company,phone,notes\nMario Rossi,Acme,+39 02 6161616,"Calls back, always"\n',
      [
        {
          name: 'Mario Rossi',
          company: 'Acme',
          numbers: [{ label: '', number: '+39026161616' }],
          notes: 'Calls back, always',
        },
      ],
    ],
    [
      'Italian columns, semicolons as Excel writes them',
      'Nome;Azienda;Telefono;Cellulare;Note\r\nAnna Verdi;Verdi Srl;02 1234567;333 1234567;ok\r\n',
      [
        {
          name: 'Anna Verdi',
          company: 'Verdi Srl',
          numbers: [
            { label: '', number: '021234567' },
            { label: 'mobile', number: '3331234567' },
          ],
        },
      ],
    ],
    [
      'Nome beside Cognome is the first name',
      'Nome,Cognome,Telefono ufficio\nLuca,Bianchi,0298765432\n',
      [{ name: 'Luca Bianchi', numbers: [{ label: 'work', number: '0298765432' }] }],
    ],
    [
      'Google Contacts: labels in their own columns, several numbers in one cell',
      'First Name,Middle Name,Last Name,Organization Name,Notes,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\n' +
        'Sara,,Ricci,Ricci SpA,,* Mobile,+39 333 1111111 ::: +39 333 2222222,Centralino,02 555 0000\n',
      [
        {
          name: 'Sara Ricci',
          company: 'Ricci SpA',
          numbers: [
            { label: 'mobile', number: '+393331111111' },
            { label: 'mobile', number: '+393332222222' },
            { label: 'main', number: '025550000' },
          ],
        },
      ],
    ],
    [
      'Outlook: many phone columns, most empty',
      'First Name,Last Name,Company,Business Phone,Home Phone,Mobile Phone,Business Fax,Notes\n' +
        'Paolo,Marino,Marino & Co,02 111 2222,,347 1234567,02 111 3333,"Line one\nLine two"\n',
      [
        {
          name: 'Paolo Marino',
          company: 'Marino & Co',
          numbers: [
            { label: 'work', number: '021112222' },
            { label: 'mobile', number: '3471234567' },
            { label: 'fax', number: '021113333' },
          ],
          notes: 'Line one\nLine two',
        },
      ],
    ],
    [
      'hostile values are only text: formulas, markup',
      'name,phone,notes\n"=cmd|\' /C calc\'!A0",204,"@SUM(1+1)"\n<img src=x onerror=alert(1)>,205,\n',
      [
        { name: "=cmd|' /C calc'!A0", notes: '@SUM(1+1)' },
        { name: '<img src=x onerror=alert(1)>' },
      ],
    ],
  ])('%s', (_, text, contacts) => {
    const read = readCsv(text);
    expect(read).toMatchObject({ ok: true, skipped: 0 });
    if (read.ok) expect(read.contacts).toMatchObject(contacts);
  });

  it('skips and counts rows without a usable number or a name', () => {
    const read = readCsv('name,phone\nOne,201\nNo number,\nDash,-\n,202\n\n\nTwo,203\n');
    expect(read).toMatchObject({ ok: true, skipped: 3 });
    if (read.ok) expect(read.contacts.map((c) => c.name)).toEqual(['One', 'Two']);
  });
});

describe('readCsv: refused files name the line', () => {
  it.each<[string, string, string, number]>([
    ['empty', '', 'no-contacts', 1],
    ['a header only', 'name,phone\n', 'no-contacts', 1],
    ['no phone column', 'name,email\nMario,m@x.it\n', 'no-phone-column', 1],
    ['an unclosed quote', 'name,phone\nA,201\n"B,202\nC,203\n', 'bad-quotes', 3],
    [
      'a row with fields beyond the header',
      'name,phone\nA,201\nB,202,extra\n',
      'too-many-fields',
      3,
    ],
    [
      'the line after a field with line breaks',
      'name,phone,notes\nA,201,"one\ntwo\nthree"\nB,202,ok,extra\n',
      'too-many-fields',
      5,
    ],
    ['a name far too long', `name,phone\nA,201\n${'x'.repeat(201)},202\n`, 'name-too-long', 3],
    [
      'a 100,000-character line',
      `name,phone,notes\nA,201,${'n'.repeat(100_000)}\n`,
      'line-too-long',
      2,
    ],
    ['binary garbage', 'name,phone\n\u0000\u0001PK\u0003\u0004,1\n', 'not-text', 2],
  ])('%s', (_, text, problem, line) => {
    expect(readCsv(text)).toEqual({ ok: false, problem, line });
  });

  it('refuses more than 10,000 contacts', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `P${i},${1000 + i}`);
    expect(readCsv(`name,phone\n${rows.join('\n')}\n`)).toEqual({
      ok: false,
      problem: 'too-many-contacts',
      line: 10_002,
    });
    const read = readCsv(`name,phone\n${rows.slice(0, 10_000).join('\n')}\n`);
    expect(read.ok && read.contacts.length).toBe(10_000);
  });
});

describe('readContactsFile', () => {
  const file = (bytes: Uint8Array | string, size?: number) => {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    return { size: size ?? data.byteLength, arrayBuffer: async () => data.slice().buffer };
  };

  it('tells vCard from CSV by what the file holds', async () => {
    expect(
      await readContactsFile(file('\ufeffBEGIN:VCARD\nVERSION:3.0\nFN:A\nTEL:201\nEND:VCARD\n')),
    ).toMatchObject({
      ok: true,
      contacts: [{ name: 'A' }],
    });
    expect(await readContactsFile(file('name,phone\nB,202\n'))).toMatchObject({
      ok: true,
      contacts: [{ name: 'B' }],
    });
  });

  it('reads a Windows-1252 CSV (Excel) as well as UTF-8', async () => {
    // "Nicolò" in Windows-1252: ò is 0xF2, not valid UTF-8.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('name,phone\nNicol'),
      0xf2,
      ...new TextEncoder().encode(',201\n'),
    ]);
    expect(decodeText(bytes)).toBe('name,phone\nNicolò,201\n');
    expect(await readContactsFile(file(bytes))).toMatchObject({ contacts: [{ name: 'Nicolò' }] });
  });

  it('refuses a file over 5 MB without reading it, and random bytes', async () => {
    const unread = { size: 6 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
    expect(await readContactsFile(unread)).toEqual({ ok: false, problem: 'file-too-big', line: 1 });
    expect(fileTooBig(Number.NaN)).toBe(true);
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await readContactsFile(file(random))).toMatchObject({ ok: false, problem: 'not-text' });
    expect(readContacts('BEGIN:VCARD\nFN:A')).toMatchObject({ problem: 'unclosed-card' });
  });
});
