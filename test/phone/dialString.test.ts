import { describe, expect, it } from 'vitest';
import { toDialString } from '../../src/phone/dialString';

describe('toDialString', () => {
  it.each([
    ['101', '101'],
    [' +39 02 6161 616 ', '+39026161616'],
    ['(0039) 02-6161616', '0039026161616'],
    ['02.61.61.616', '026161616'],
    ['*72#', '*72#'],
    ['reception', 'reception'],
  ])('%j dials %j', (input, expected) => {
    expect(toDialString(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '12;34',
    '+',
    '1'.repeat(40),
    'call 101',
    '<script>',
    '10\n1',
    '++39 02',
    '0x10',
  ])('%j is refused', (input) => {
    expect(toDialString(input)).toBeUndefined();
  });
});
