import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIAL_PLAN, type DialPlan } from '../../src/numbers/dialPlanDefaults';
import { extractNumber, MAX_TEXT } from '../../src/numbers/extractNumber';
import { toDialString } from '../../src/phone/dialString';

const IT = DEFAULT_DIAL_PLAN;
const IT_PBX: DialPlan = { ...IT, outsideLinePrefix: '0' };
const US: DialPlan = { country: 'US', outsideLinePrefix: '9', internationalPrefix: '011' };
const GB: DialPlan = { country: 'GB', outsideLinePrefix: '', internationalPrefix: '00' };
const FR: DialPlan = { country: 'FR', outsideLinePrefix: '', internationalPrefix: '00' };
const DE: DialPlan = { country: 'DE', outsideLinePrefix: '', internationalPrefix: '00' };

describe('extractNumber: one number', () => {
  it.each([
    // Italian numbers keep their leading 0; the 00 international prefix is read as '+'.
    ['Tel. +39 02 6161 616 (office)', IT, '026161616', '+39 02 6161 616'],
    ['(0039) 02-6161616', IT, '026161616', '(0039) 02-6161616'],
    ['0039 02 6161616', IT, '026161616', '0039 02 6161616'],
    ['02.6161616', IT, '026161616', '02.6161616'],
    ['02/6161616', IT, '026161616', '02/6161616'],
    ['Chiamare lo 02 6161616 entro le 18', IT, '026161616', '02 6161616'],
    ['cell. +39 333 1234567', IT, '3331234567', '+39 333 1234567'],
    ['333 123 4567', IT, '3331234567', '333 123 4567'],
    ['Numero verde 800 123 456', IT, '800123456', '800 123 456'],
    ['tel:+390226161616', IT, '0226161616', '+390226161616'],
    ['+39 06 698 12345', IT, '0669812345', '+39 06 698 12345'], // Vatican: +39, dialled nationally
    // An external number with an extension: the PBX dials the number; the extension is in `found`.
    ['+39 02 6161616 int. 204', IT, '026161616', '+39 02 6161616 int. 204'],
    // Foreign numbers go out through the international prefix.
    ['London office: +44 20 7946 0958', IT, '00442079460958', '+44 20 7946 0958'],
    ['+1 (212) 555-0100', IT, '0012125550100', '+1 (212) 555-0100'],
    ['+33 1 23 45 67 89', IT, '0033123456789', '+33 1 23 45 67 89'],
    ['0044 20 7946 0958', IT, '00442079460958', '0044 20 7946 0958'],
    // An outside-line prefix goes before every external number.
    ['+39 02 6161 616', IT_PBX, '0026161616', '+39 02 6161 616'],
    ['+44 20 7946 0958', IT_PBX, '000442079460958', '+44 20 7946 0958'],
    // Other plans.
    ['Call (212) 555-0100 today', US, '912125550100', '(212) 555-0100'],
    ['+1 416 555 0199', US, '914165550199', '+1 416 555 0199'],
    ['+39 02 6161 616', US, '901139026161616', '+39 02 6161 616'],
    ['020 7946 0958', GB, '02079460958', '020 7946 0958'],
    ['+44 20 7946 0958', GB, '02079460958', '+44 20 7946 0958'],
    ['01 23 45 67 89', FR, '0123456789', '01 23 45 67 89'],
    ['+49 30 1234567', DE, '0301234567', '+49 30 1234567'],
    // Digits from other scripts are dialled as ASCII digits.
    ['０２ ６１６１ ６１６', IT, '026161616', '０２ ６１６１ ６１６'],
    ['٠٢ ٦١٦١٦١٦', IT, '026161616', '٠٢ ٦١٦١٦١٦'],
  ])('%j with %j dials %j', (text, plan, dialString, found) => {
    expect(extractNumber(text, plan)).toEqual({ ok: true, dialString, found, others: [] });
  });
});

describe('extractNumber: internal extensions', () => {
  it.each([
    ['ext. 204', 'ext. 204'],
    ['Ext.204', 'Ext.204'],
    ['int. 204', 'int. 204'],
    ['interno 204', 'interno 204'],
    ['Interno: 204', 'Interno: 204'],
    ['Mario Rossi (x204)', 'x204'],
    ['extension 20412', 'extension 20412'],
    ['204', '204'],
    [' 204\n', '204'],
    ['(204)', '204'],
    ['20', '20'],
  ])('%j dials 204 alone, without the outside line', (text, found) => {
    const result = extractNumber(text, IT_PBX);
    expect(result).toMatchObject({ ok: true, found, others: [] });
    expect(result.ok && result.dialString).toBe(found.replace(/\D/g, ''));
  });

  it.each([
    '2 x 30 euro', // a product, not x30
    'Via Roma 12, int. 3', // an address: one digit is not an extension
    'Invoice 2024 paid',
    'ext. 123456',
    'x1',
    'box204',
    '204204',
    '1',
  ])('%j is no extension', (text) => {
    expect(extractNumber(text, IT_PBX)).toEqual({ ok: false, error: 'no-number' });
  });
});

describe('extractNumber: several numbers', () => {
  it.each([
    ['Tel. 02 6161616 - Fax 02 6161617', '026161616', '02 6161616', ['02 6161617']],
    [
      'Tel: 02 6161616\nFax: 02 6161617\nCell: 333 1234567',
      '026161616',
      '02 6161616',
      ['02 6161617', '333 1234567'],
    ],
    ['Mario int. 204, Luca +39 02 6161 616', '204', 'int. 204', ['+39 02 6161 616']],
    ['+44 20 7946 0958 or ext. 204', '00442079460958', '+44 20 7946 0958', ['ext. 204']],
    // The same number written twice is one number.
    ['02 6161616 (+39 02 6161616)', '026161616', '02 6161616', []],
  ])('%j takes the first and reports the others', (text, dialString, found, others) => {
    expect(extractNumber(text, IT)).toEqual({ ok: true, dialString, found, others });
  });
});

describe('extractNumber: no number', () => {
  it.each([
    'On 12/03/2024 we paid 1.234,56 EUR',
    'Meeting 2024-03-12 at 10:30',
    'Call me at 10:30 on 12.03.2024',
    'Prezzo € 1.250,00 IVA inclusa',
    'CAP 20121 Milano',
    'Order #12345678 shipped',
    'IBAN IT60X0542811101000000123456',
    'Codice fiscale RSSMRA80A01F205X',
    '<script>alert(1)</script>',
    '!!!???...,,,;;;',
    '😀📞☎️',
    '\u0000\u0007\u001b[31m',
    '02\u00006161616', // a control character splits the digits
    '0'.repeat(MAX_TEXT),
    ' 1'.repeat(MAX_TEXT / 2),
  ])('%j', (text) => {
    expect(extractNumber(text, IT)).toEqual({ ok: false, error: 'no-number' });
  });

  it.each(['', '   ', '\n\t\r', '\u00A0'])('%j is empty', (text) => {
    expect(extractNumber(text, IT)).toEqual({ ok: false, error: 'empty' });
  });

  it('treats what is not a string as empty', () => {
    expect(extractNumber(undefined as unknown as string, IT)).toEqual({
      ok: false,
      error: 'empty',
    });
    expect(extractNumber({} as unknown as string, IT)).toEqual({ ok: false, error: 'empty' });
  });

  it.each([
    [
      '100 kB of text around a number',
      `${'x'.repeat(50_000)} +39 02 6161 616 ${'x'.repeat(50_000)}`,
    ],
    ['a number just past the limit', `+39 02 6161 616${' '.repeat(MAX_TEXT)}`],
    ['100 kB of blanks', ' '.repeat(100_000)],
  ])('refuses %s as too long', (_, text) => {
    expect(extractNumber(text, IT)).toEqual({ ok: false, error: 'too-long' });
  });
});

describe('extractNumber: hostile text around a number', () => {
  it.each([
    '<script>+39 02 6161 616</script>',
    '<a href="tel:+39026161616">+39 02 6161 616</a>',
    '\u0000\u0007+39 02 6161 616\u001b',
    '\u202E+39 02 6161 616\u202C',
    '📞 +39 02 6161 616 😀',
    `${'.'.repeat(MAX_TEXT - 20)}+39 02 6161 616`,
  ])('%j still dials the number', (text) => {
    expect(extractNumber(text, IT)).toMatchObject({ ok: true, dialString: '026161616' });
  });
});

describe('extractNumber: what it dials is a dial string', () => {
  const plans = fc.constantFrom(IT, IT_PBX, US, GB, FR, DE);
  const phoneish = fc
    .array(fc.constantFrom(...'0123456789 +-()./x'.split(''), 'ext. ', 'int. ', '+39 ', '0039 '), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''));

  it.each([
    ['any text', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['text made of number parts', phoneish],
  ])('%s', (_, texts) => {
    fc.assert(
      fc.property(texts, plans, (text, plan) => {
        const result = extractNumber(text, plan);
        if (result.ok) {
          expect(toDialString(result.dialString)).toBe(result.dialString);
          expect(text).toContain(result.found);
        }
      }),
      { numRuns: 300 },
    );
  });
});
