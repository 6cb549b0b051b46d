import { describe, expect, it } from 'vitest';
import { appendDigit, isDtmf, isDtmfDigit, MAX_DTMF_DIGITS } from '../../src/phone/dtmf';

describe('dtmf', () => {
  it.each(['0', '123', '*#', 'ABCD', '0123456789*#ABCD', '9'.repeat(MAX_DTMF_DIGITS)])(
    '%j can be sent',
    (digits) => expect(isDtmf(digits)).toBe(true),
  );

  it.each([
    '',
    ' 1',
    'abcd',
    'E',
    'R',
    '1,2',
    '12;3',
    '1\n',
    '\u0661',
    '１',
    '+39',
    '9'.repeat(MAX_DTMF_DIGITS + 1),
  ])('%j is refused', (digits) => expect(isDtmf(digits)).toBe(false));

  it.each([
    ['5', true],
    ['#', true],
    ['D', true],
    ['d', false],
    ['55', false],
    ['', false],
  ] as const)('%j is one digit: %s', (digit, expected) => {
    expect(isDtmfDigit(digit)).toBe(expected);
  });

  it('keeps the last 32 digits received', () => {
    expect(appendDigit('', '1')).toBe('1');
    expect(appendDigit('9'.repeat(32), '1')).toBe(`${'9'.repeat(31)}1`);
  });
});
