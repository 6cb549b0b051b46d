import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { extractNumber, MAX_TEXT } from '../../src/numbers/extractNumber';

const IT = DEFAULT_DIAL_PLAN;

describe('extractNumber: a number inside a sentence', () => {
  it.each([
    // Extensions, cued by the words around them (English).
    ['Please call Mr Rossi on 102 (ext)', '102', '102'],
    ['Mr Bianchi, direct line 102, mornings', '102', '102'],
    ['For support call 204.', '204', '204'],
    ['Call the front desk on 2040 any time', '2040', '2040'],
    ['You can reach Anna at 315 during the day', '315', '315'],
    ['Dial 8810 for the warehouse', '8810', '8810'],
    ['Ring 204 if the door is locked', '204', '204'],
    ['Sales: 102 (int)', '102', '102'],
    ['Marco Verdi 3120 (ext.)', '3120', '3120'],
    ['My extension is 2345', '2345', '2345'],
    ['Phone 110, ask for Luca', '110', '110'],
    ['Tel. 102', '102', '102'],
    ['tel: 204, fax: 205', '204', '204'],
    ['Call Mr. Smith on 2204 tomorrow', '2204', '2204'],
    ['Call me on 102. Thanks!', '102', '102'],
    // Extensions (Italian).
    ['Per informazioni chiamare il 102', '102', '102'],
    ['Chiama Mario al 204 dopo pranzo', '204', '204'],
    ["Chiamate l'interno 310 per l'amministrazione", '310', 'interno 310'],
    ['Il mio interno è 3021', '3021', '3021'],
    ['Linea diretta 102, solo mattina', '102', '102'],
    ['Telefono: 204', '204', '204'],
    ['Numero: 315, chiedere di Paola', '315', '315'],
    ['Contattare la segreteria al 250', '250', '250'],
    ['Chiedere di Giulia (int) 204', '204', '204'],
    ['Assistenza tecnica: 102 (interno)', '102', '102'],
    ['Chiama il 118', '118', '118'],
    // A cue against one number does not spoil the cue for the next.
    ['Il 12 marzo chiamare il 102', '102', '102'],
    ['Room 204 is booked; call 102 for the keys', '102', '102'],
    ['Ordine n. 4711 spedito, per info tel. 204', '204', '204'],
    ['Entro le 18 chiamare Mario al 315', '315', '315'],
    ['Prezzo € 102, telefono 204', '204', '204'],
    // Phone numbers split the ways people write them.
    ['Mobile: 338.123.4567', '3381234567', '338.123.4567'],
    ['call me on 338 123 4567 after lunch', '3381234567', '338 123 4567'],
    ['Our office: 02 6161 616, Monday to Friday', '026161616', '02 6161 616'],
    ['The number is +39 338 123 4567.', '3381234567', '+39 338 123 4567'],
    ['Call (02) 6161616 to book', '026161616', '(02) 6161616'],
    ['Reach us on 02-6161616 or by email', '026161616', '02-6161616'],
    ['Chiamami allo 02 6161616', '026161616', '02 6161616'],
    ['Per urgenze: cell. 338.123.4567', '3381234567', '338.123.4567'],
    ['Ufficio commerciale 02 6161 616 (dalle 9 alle 18)', '026161616', '02 6161 616'],
    ['Il numero di telefono è 338 123 4567, grazie', '3381234567', '338 123 4567'],
    ['Telefonate al +39 02 6161616 per prenotare', '026161616', '+39 02 6161616'],
    ['Fai uno squillo al 3381234567', '3381234567', '3381234567'],
    ['Tel. 06.4567.8901 - Roma', '0645678901', '06.4567.8901'],
    ['Sig. Rossi, tel. 0331 123456', '0331123456', '0331 123456'],
    ['Dott. Bianchi: 348/1234567', '3481234567', '348/1234567'],
    ['Chiamare il numero verde 800.123.456', '800123456', '800.123.456'],
    ['cell 338 123 45 67 ore pasti', '3381234567', '338 123 45 67'],
    ['Hotel Roma, camera 204, tel. 0331 123456', '0331123456', '0331 123456'],
    ['Chiamata del 12/03/2024 ore 10:30 dal 3381234567', '3381234567', '3381234567'],
    ['Call us at +44 20 7946 0958', '00442079460958', '+44 20 7946 0958'],
    // libphonenumber reads a list's comma into the number before it; the number stops there.
    ['338 123 4567, 338 123 4567', '3381234567', '338 123 4567'],
  ])('%j dials %j', (text, dialString, found) => {
    expect(extractNumber(text, IT)).toMatchObject({ ok: true, dialString, found });
  });

  it('takes the first in reading order and lists the others', () => {
    expect(extractNumber('Call Anna on 204 or Marco on 205', IT)).toEqual({
      ok: true,
      dialString: '204',
      found: '204',
      others: ['205'],
    });
    expect(extractNumber('Chiama il 102 oppure lo 02 6161616', IT)).toEqual({
      ok: true,
      dialString: '102',
      found: '102',
      others: ['02 6161616'],
    });
  });
});

describe('extractNumber: numbers nobody would call', () => {
  it.each([
    // Dates.
    'Call me on 12/03/2024',
    'Meeting on 2024-03-12, call me',
    'Chiamare il 12.03.2024',
    'Ci sentiamo il 3 marzo 2024',
    'Call me on 12 March',
    'Chiamami il 12 marzo',
    // Times.
    'Call me at 10:30',
    'Chiamami alle 10.30',
    'Chiamare ore 18',
    'Chiamami alle 18',
    'Call me at 10 tomorrow',
    'Tel. dalle 9 alle 18',
    'Il volo parte alle 10 dal gate 12',
    // Prices and amounts.
    'Il prezzo è € 102',
    'Costa 102 €',
    'Totale 102,50 euro',
    'Price: $250',
    'Call us: EUR 1.200,00 due',
    'Importo 0212345678 EUR',
    'Totale 0212345678,50',
    // Postcodes.
    'Spedire a 20121 Milano',
    'CAP 00184 Roma',
    'Call our London office, SW1A 1AA',
    // Orders, invoices, tickets and other codes, even with a phone number's shape.
    'Ordine n. 102 spedito',
    'Order #10234 shipped',
    'Order no. 10234, call us about it',
    'Fattura 2024/102 pagata',
    'Ticket 4711 aperto',
    'Ticket numero 4711',
    'Order 0212345678 shipped',
    'Fattura n. 0212345678 del 12/03/2024',
    'Rif. pratica 0212345678',
    'Codice cliente 0212345678',
    'PIN 1234',
    // VAT and tax numbers: 11 digits are a valid Italian landline by shape.
    'P.IVA 01234567890',
    'Partita IVA: 01234567890',
    'C.F. e P.IVA 01234567890',
    'IBAN IT60 X054 2811 1010 0000 0123 456',
    // Quantities, years, percentages, versions, addresses.
    'Consegnati 102 pezzi',
    '3 x 20 cm',
    'Ho chiamato 20 volte',
    'Call 20 customers today',
    'Call me in 5 minutes',
    'Nel 2024 abbiamo chiamato 120 clienti',
    'Year 2024 was good',
    'chiamare dal 2020 al 2024',
    'Sconto del 20%',
    'Sales grew 12 %',
    'Update to v1.2.3 and call IT',
    'Server 192.168.1.10 down, call ops',
    'Via Roma 102, Milano',
    'Chiama Mario in via Roma 102',
    'Km 102 della statale',
    'See page 102',
    'Reach us at 20 Main Street',
    // Rooms are places: hotels number them like extensions, but in prose 'room 204' is where
    // a meeting is. Selecting just '204' still dials it.
    'Meeting in room 204',
    'Chiamare la stanza 204',
    // Two digit groups next to each other are one number that is not valid, not an extension.
    'Tel 102 103',
    '#102',
    '102%',
  ])('%j', (text) => {
    expect(extractNumber(text, IT)).toEqual({ ok: false, error: 'no-number' });
  });
});

describe("extractNumber: the user's extension rule", () => {
  const threeDigits = (digits: string) => /^[0-9]{3}$/.test(digits);

  it('dials a cued or labelled short number only if the rule takes it', () => {
    const options = { isExtension: threeDigits };
    expect(extractNumber('Please call Mr Rossi on 102 (ext)', IT, options)).toMatchObject({
      ok: true,
      dialString: '102',
    });
    expect(extractNumber('Please call Mr Rossi on 1020 (ext)', IT, options)).toEqual({
      ok: false,
      error: 'no-number',
    });
    expect(extractNumber('ext. 20', IT, options)).toEqual({ ok: false, error: 'no-number' });
    expect(extractNumber('20', IT, options)).toEqual({ ok: false, error: 'no-number' });
  });

  it('takes six-digit extensions when the rule does, never longer ones', () => {
    const any = () => true;
    expect(extractNumber('ext. 123456', IT, { isExtension: any })).toMatchObject({
      dialString: '123456',
    });
    expect(extractNumber('direct line 1234567', IT, { isExtension: any })).toEqual({
      ok: false,
      error: 'no-number',
    });
  });

  it('still dials phone numbers when the rule takes no extension', () => {
    const none = { isExtension: () => false };
    expect(extractNumber('Call 102 (ext)', IT, none)).toEqual({ ok: false, error: 'no-number' });
    expect(extractNumber('Tel. 102 or 02 6161616', IT, none)).toMatchObject({
      dialString: '026161616',
      others: [],
    });
  });
});

describe('extractNumber: hostile runs of cues and digits', () => {
  it.each([
    ['spaced ones', '1 '.repeat(9000), undefined],
    ['extension marks', '(ext) '.repeat(3000), undefined],
    ['marked extensions', '12 (ext) '.repeat(2200), '12'],
    ['call verbs and prepositions', 'call on 12 '.repeat(1800), '12'],
    ['Italian call verbs', 'chiama il 102 '.repeat(1400), '102'],
    ['labels before one number', `${'tel. '.repeat(3999)}102`, '102'],
    ['slashed digits', '12/'.repeat(6666), undefined],
    ['dotted digits', '1.'.repeat(9999), undefined],
    ['a list of phone numbers', '338 123 4567, '.repeat(1400), '3381234567'],
  ])('%s give a result', (_, text, dialString) => {
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    const result = extractNumber(text, IT);
    expect(result.ok ? result.dialString : undefined).toBe(dialString);
  });

  it('answers for any mix of cue words, digits and separators', () => {
    const part = fc.constantFrom(
      ...'0123456789 ()./-,:#€%'.split(''),
      'call ',
      'on ',
      'al ',
      'tel. ',
      'ext',
      '(ext) ',
      'via ',
      'n. ',
      'marzo ',
      '102',
      '338 123 4567',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 400 }), fc.nat(30), (parts, times) => {
        const text = parts
          .join('')
          .repeat(times + 1)
          .slice(0, MAX_TEXT);
        const result = extractNumber(text, IT);
        if (result.ok) expect(text).toContain(result.found);
        else expect(['no-number', 'empty']).toContain(result.error);
      }),
      { numRuns: 200 },
    );
  });
});
