import { describe, expect, it } from 'vitest';
import {
  internationalForm,
  numberKey,
  numberKeys,
  planSignature,
} from '../../src/contacts/numberKey';
import type { DialPlan } from '../../src/numbers/dialPlanDefaults';

const ITALY: DialPlan = { country: 'IT', outsideLinePrefix: '', internationalPrefix: '00' };
const ITALY_PBX: DialPlan = { country: 'IT', outsideLinePrefix: '0', internationalPrefix: '00' };
const FRANCE: DialPlan = { country: 'FR', outsideLinePrefix: '', internationalPrefix: '00' };
const US: DialPlan = { country: 'US', outsideLinePrefix: '9', internationalPrefix: '011' };

describe('numberKey', () => {
  it.each<[DialPlan, string[], string]>([
    [
      ITALY,
      ['+39 02 6161616', '0039026161616', '02 6161616', '026161616', '(02) 6161-616'],
      '026161616',
    ],
    [ITALY, ['+39 333 1234567', '00393331234567', '333 123 4567'], '3331234567'],
    [ITALY, ['+33 1 23 45 67 89', '0033123456789'], '0033123456789'],
    [ITALY_PBX, ['+39 02 6161616', '0026161616', '026161616', '00039026161616'], '026161616'],
    [FRANCE, ['+33 1 23 45 67 89', '01 23 45 67 89', '0033123456789'], '0123456789'],
    [US, ['+1 212 555 0123', '(212) 555-0123', '912125550123', '12125550123'], '12125550123'],
  ])('%j: %j all key to %s', (plan, numbers, key) => {
    for (const number of numbers) expect(numberKey(number, plan), number).toBe(key);
  });

  it.each<[string, string | undefined]>([
    ['204', '204'],
    ['2040', '2040'],
    ['*72#', '*72#'],
    ['112', '112'],
    ['Reception', 'reception'],
    ['', undefined],
    ['ask mario', undefined],
    ['9'.repeat(200), undefined],
  ])('%j keys to %j (exact, under the Italian plan)', (number, key) => {
    expect(numberKey(number, ITALY)).toBe(key);
  });

  it('keeps extensions and numbers apart', () => {
    expect(numberKey('204', ITALY)).not.toBe(numberKey('0204', ITALY));
    expect(numberKey('026161616', ITALY)).not.toBe(numberKey('026161617', ITALY));
    // A national Italian number is not a French one dialled from Italy.
    expect(numberKey('0123456789', ITALY)).not.toBe(numberKey('+33 1 23 45 67 89', ITALY));
  });

  it('gives each key of a list once and names the plan', () => {
    expect(numberKeys(['+39 02 6161616', '026161616', 'x y', '204'], ITALY)).toEqual([
      '026161616',
      '204',
    ]);
    expect(planSignature(ITALY)).not.toBe(planSignature(ITALY_PBX));
  });
});

describe('internationalForm', () => {
  it.each<[string, string | undefined]>([
    ['02 6161616', '+39026161616'],
    ['+39 02 6161616', '+39026161616'],
    ['0033123456789', '+33123456789'],
    ['204', undefined],
    ['reception', undefined],
  ])('%j is %j from abroad', (number, form) => {
    expect(internationalForm(number, ITALY)).toBe(form);
  });
});
