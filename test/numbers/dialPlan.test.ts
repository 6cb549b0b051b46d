import { describe, expect, it } from 'vitest';
import { checkDialPlan } from '../../src/numbers/dialPlan';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';

describe('checkDialPlan', () => {
  it.each([
    [{}, DEFAULT_DIAL_PLAN],
    [DEFAULT_DIAL_PLAN, DEFAULT_DIAL_PLAN],
    [
      { country: 'us', internationalPrefix: '011', outsideLinePrefix: '9' },
      { country: 'US', internationalPrefix: '011', outsideLinePrefix: '9' },
    ],
    [
      { country: ' GB ', outsideLinePrefix: ' 0 ' },
      { country: 'GB', internationalPrefix: '00', outsideLinePrefix: '0' },
    ],
    [{ country: 'IT', extra: '<script>' }, DEFAULT_DIAL_PLAN],
  ])('%j is %j', (input, plan) => {
    expect(checkDialPlan(input)).toEqual({ ok: true, plan });
  });

  it.each([null, undefined, 'IT', 39, [], ['IT']])('refuses %j', (input) => {
    expect(checkDialPlan(input)).toEqual({ ok: false, error: 'not-an-object' });
  });

  it.each([
    ['country', { country: 'ZZ' }],
    ['country', { country: 'ITA' }],
    ['country', { country: 'Italy' }],
    ['country', { country: '' }],
    ['country', { country: 39 }],
    ['country', { country: null }],
    ['country', { country: 'I\u0000' }],
    ['outsideLinePrefix', { outsideLinePrefix: 'abc' }],
    ['outsideLinePrefix', { outsideLinePrefix: '0000000' }],
    ['outsideLinePrefix', { outsideLinePrefix: '*0' }],
    ['outsideLinePrefix', { outsideLinePrefix: 0 }],
    ['internationalPrefix', { internationalPrefix: '' }],
    ['internationalPrefix', { internationalPrefix: '+' }],
    ['internationalPrefix', { internationalPrefix: '00a' }],
    ['internationalPrefix', { internationalPrefix: '0'.repeat(100_000) }],
  ])('names %s in %j', (field, input) => {
    expect(checkDialPlan(input)).toEqual({ ok: false, error: 'invalid', field });
  });

  it('ignores inherited fields', () => {
    expect(checkDialPlan(JSON.parse('{"__proto__": {"country": "ZZ"}}'))).toEqual({
      ok: true,
      plan: DEFAULT_DIAL_PLAN,
    });
  });
});
