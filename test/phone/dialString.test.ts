import { describe, expect, it } from 'vitest';
import {
  pastedDialText,
  toDialString,
  toPhoneNumber,
  toSipDomain,
} from '../../src/phone/dialString';

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

describe('toPhoneNumber', () => {
  it.each([
    ['101', '101'],
    [' +39 02 6161 616 ', '+39026161616'],
    ['*72#', '*72#'],
    ['#31#201', '#31#201'],
    ['(02) 6161-616', '026161616'],
  ])('%j is %j', (input, expected) => {
    expect(toPhoneNumber(input)).toBe(expected);
  });

  it.each(['abc', 'reception', 'Ubuntu', '*#', '+', '', '( ) - .', '1a', '①②', '+39 02 abc'])(
    '%j is no phone number',
    (input) => {
      expect(toPhoneNumber(input)).toBeUndefined();
    },
  );
});

describe('toSipDomain', () => {
  it.each([
    ['pbx.example.com', 'pbx.example.com'],
    ['PBX.Example.com:5061', 'pbx.example.com:5061'],
    ['127.0.0.1:5070;transport=tcp', '127.0.0.1:5070;transport=tcp'],
    ['[2001:db8::1]', '[2001:db8::1]'],
    ['x;user=phone;lr', 'x;user=phone;lr'],
  ])('%j is %j', (input, expected) => {
    expect(toSipDomain(input)).toBe(expected);
  });

  it.each([
    '',
    'a..b',
    'host:123456',
    'host?X-A=1',
    'host>;x',
    'host;a="b"',
    'host;a b',
    'ho st',
    'host\r\nX-A: 1',
    'host;a=<b>',
    `${'a.'.repeat(200)}com`,
  ])('%j is refused', (input) => {
    expect(toSipDomain(input)).toBeUndefined();
  });
});

describe('pastedDialText', () => {
  it.each([
    ['+39 (02) 6161-616', '+39026161616'],
    ['Tel. 02 6161 616', '026161616'],
    ['call +1 555 0100 now', '+15550100'],
    ['reception', 'reception'],
    ['no digits here!', undefined],
    ['  ', undefined],
  ])('keeps what dials of %j', (text, kept) => {
    expect(pastedDialText(text)).toBe(kept);
  });
});
