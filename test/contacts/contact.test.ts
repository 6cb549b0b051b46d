import { describe, expect, it } from 'vitest';
import { checkContact, fieldsFromCall } from '../../src/contacts/contact';

const base = { name: 'Mario', company: '', numbers: [{ label: 'work', number: '204' }], notes: '' };

describe('checkContact', () => {
  it.each<[string, unknown, object]>([
    ['a plain contact', base, { ok: true, contact: base }],
    [
      'numbers become dial strings, text is trimmed',
      {
        ...base,
        name: '  Mario   Rossi ',
        numbers: [{ label: ' mobile ', number: '+39 (333) 123-4567' }],
      },
      {
        ok: true,
        contact: { name: 'Mario Rossi', numbers: [{ label: 'mobile', number: '+393331234567' }] },
      },
    ],
    [
      'controls and bidi overrides go; notes keep line breaks',
      { ...base, name: 'Ma\u0000rio\u202e\u2066 Rossi\u200f', notes: 'one\r\ntwo\u0007\tthree' },
      { ok: true, contact: { name: 'Ma rio Rossi', notes: 'one\ntwo\tthree' } },
    ],
    ['a company is name enough', { ...base, name: '', company: 'Acme' }, { ok: true }],
    [
      'a SIP user name is a number',
      { ...base, numbers: [{ label: '', number: 'reception' }] },
      { ok: true },
    ],
    ['not an object', 'Mario', { ok: false, problem: 'not-an-object', field: 'contact' }],
    ['an array', [base], { ok: false, problem: 'not-an-object' }],
    ['null', null, { ok: false, problem: 'not-an-object' }],
    [
      'no name or company',
      { ...base, name: ' \u202e ' },
      { ok: false, problem: 'no-name', field: 'name' },
    ],
    ['no number', { ...base, numbers: [] }, { ok: false, problem: 'no-number', field: 'numbers' }],
    ['numbers not a list', { ...base, numbers: '204' }, { ok: false, problem: 'no-number' }],
    [
      'a number that dials nothing',
      { ...base, numbers: [base.numbers[0], { label: '', number: '+' }] },
      { ok: false, problem: 'bad-number', field: 'numbers', index: 1 },
    ],
    [
      'a number given as a number',
      { ...base, numbers: [{ label: '', number: 204 }] },
      { ok: false, problem: 'bad-number', index: 0 },
    ],
    [
      'a number too long to be written',
      { ...base, numbers: [{ label: '', number: `${'1 '.repeat(40)}` }] },
      { ok: false, problem: 'bad-number' },
    ],
    [
      'a name of 201 characters',
      { ...base, name: 'x'.repeat(201) },
      { ok: false, problem: 'name-too-long' },
    ],
    ['a name of 200 characters', { ...base, name: 'x'.repeat(200) }, { ok: true }],
    [
      'a company of 100,000 characters',
      { ...base, company: 'y'.repeat(100_000) },
      { ok: false, problem: 'company-too-long' },
    ],
    [
      '21 numbers',
      {
        ...base,
        numbers: Array.from({ length: 21 }, (_, i) => ({ label: '', number: String(200 + i) })),
      },
      { ok: false, problem: 'too-many-numbers' },
    ],
    [
      'a label of 41 characters',
      { ...base, numbers: [{ label: 'l'.repeat(41), number: '204' }] },
      { ok: false, problem: 'label-too-long', field: 'label', index: 0 },
    ],
    [
      'notes of 4,001 characters',
      { ...base, notes: 'n'.repeat(4001) },
      { ok: false, problem: 'notes-too-long' },
    ],
    [
      'markup is only text',
      { ...base, name: '<script>alert(1)</script>' },
      { ok: true, contact: { name: '<script>alert(1)</script>' } },
    ],
  ])('%s', (_, input, expected) => {
    expect(checkContact(input)).toMatchObject(expected);
  });
});

describe('fieldsFromCall', () => {
  it('starts a contact from a history row, for the checker to judge', () => {
    expect(checkContact(fieldsFromCall('+39 02 6161616', ' Mario\u202e Rossi '))).toEqual({
      ok: true,
      contact: {
        name: 'Mario Rossi',
        company: '',
        numbers: [{ label: '', number: '+39026161616' }],
        notes: '',
      },
    });
    expect(checkContact(fieldsFromCall('anonymous@pbx', ''))).toMatchObject({
      ok: false,
      problem: 'no-name',
    });
  });
});
