import { describe, expect, it } from 'vitest';
import { normaliseForDialling } from '../../src/numbers/dialForm';
import { DEFAULT_DIAL_PLAN, type DialPlan } from '../../src/numbers/dialPlanDefaults';
import { toDialString } from '../../src/phone/dialString';

const IT = DEFAULT_DIAL_PLAN;
const IT_PBX: DialPlan = { ...IT, outsideLinePrefix: '0' };
const US: DialPlan = { country: 'US', outsideLinePrefix: '9', internationalPrefix: '011' };

describe('normaliseForDialling', () => {
  it.each([
    ['+390226161616', IT, '0226161616'],
    ['+39026161616', IT, '026161616'],
    ['+393331234567', IT, '3331234567'],
    ['+39066981234', IT, '066981234'], // Vatican, +39 like Italy: dialled nationally
    ['+442079460958', IT, '00442079460958'],
    ['+39026161616', IT_PBX, '0026161616'],
    ['+442079460958', IT_PBX, '000442079460958'],
    ['+12125550100', US, '912125550100'],
    ['+14165550199', US, '914165550199'], // Canada shares +1: national, with the trunk 1
    ['+39026161616', US, '901139026161616'],
    ['+99912345', IT, '0099912345'], // a code the metadata does not know still goes out
    ['101', IT_PBX, '101'],
    ['026161616', IT_PBX, '026161616'],
    ['*72#', IT_PBX, '*72#'],
    ['reception', IT_PBX, 'reception'],
    ['+', IT, '+'],
    ['', IT, ''],
    [
      `+${'1'.repeat(31)}`,
      { ...IT, outsideLinePrefix: '999999', internationalPrefix: '999999' },
      `+${'1'.repeat(31)}`,
    ],
  ])('%j with %j dials %j', (input, plan, expected) => {
    const dial = normaliseForDialling(input, plan);
    expect(dial).toBe(expected);
    if (dial !== '' && dial !== '+') expect(toDialString(dial)).toBe(dial);
  });
});
