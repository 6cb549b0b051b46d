import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/integra/pattern';
import { DEFAULT_INTEGRA_SETTINGS, type IntegraSettings } from '../../src/integra/rule';
import { isInternalNumber, isQueueCall, rulesFor } from '../../src/integra/select';
import { CALL_EVENTS } from '../../src/phone/types';
import { facts, rule } from './sampleCall';

describe('isInternalNumber', () => {
  const standard = DEFAULT_INTEGRA_SETTINGS.internalPattern;

  it.each([
    ['100', standard, true],
    ['10', standard, true],
    ['12345', standard, true],
    ['1', standard, false],
    ['123456', standard, false],
    ['+390212345678', standard, false],
    ['0212345678', standard, false],
    ['', standard, false],
    ['alice', standard, false],
    ['100\n', standard, false],
    // The whole number must match, anchors or not.
    ['101', '10[0-9]', true],
    ['+39021012345', '10[0-9]', false],
    ['2101', '10[0-9]|2[0-9]{2}', false],
    ['250', '10[0-9]|2[0-9]{2}', true],
    ['alice', '[a-z]+', true],
    // A broken or slow pattern makes nothing internal.
    ['100', '[0-9', false],
    ['100', '(1+)+', false],
    ['', '', false],
    ['', '.*', false],
    ['100', '', false],
    ['100', '  ', false],
    [`${'1'.repeat(65)}`, '1+', false],
  ])('%j with %j is %s', (number, pattern, expected) => {
    expect(isInternalNumber(number, pattern)).toBe(expected);
  });

  it('follows a changed pattern', () => {
    expect(isInternalNumber('100', '1[0-9]{2}')).toBe(true);
    expect(isInternalNumber('100', '2[0-9]{2}')).toBe(false);
    expect(isInternalNumber('100', '1[0-9]{2}')).toBe(true);
  });
});

describe('compilePattern', () => {
  it.each([
    '^[0-9]{2,5}$',
    '1[0-9]{2}|2[0-9]{2}',
    '(?:10|20)[0-9]',
    '(?:[0-9]{3})?',
    '(\\d+)?',
    '[(]+',
    '\\(+',
    '(?<ext>[0-9]+)',
    '(?=1)[0-9]+',
    '1[0-9]*|2[0-9]*|3[0-9]+|4[0-9]{2,}',
    '0{0,9}1{1,9}2{0,9}3{0,9}4{0,9}5{1,2}',
  ])('accepts %j', (source) => {
    expect(compilePattern(source)).toMatchObject({ ok: true });
  });

  it.each([
    ['(a+)+$', 'slow-pattern'],
    ['(a|aa)*b', 'slow-pattern'],
    ['(?:[0-9]+)*', 'slow-pattern'],
    ['((1)+)+', 'slow-pattern'],
    ['(\\d{1,3}){2,}', 'slow-pattern'],
    ['(?:(?:a+))+', 'slow-pattern'],
    ['\\d*\\d*\\d*\\d*\\d*x', 'slow-pattern'],
    ['[0-9]{1,}1+2+3+4*', 'slow-pattern'],
    ['0{0,64}1{0,64}2{0,64}3{0,64}4{0,64}', 'slow-pattern'],
    ['([0-9]', 'bad-pattern'],
    ['*1', 'bad-pattern'],
    ['(?<x', 'bad-pattern'],
    ['1'.repeat(201), 'too-long'],
  ])('refuses %j as %s', (source, problem) => {
    expect(compilePattern(source)).toEqual({ ok: false, problem });
  });

  it('keeps the worst case of an accepted pattern quick', () => {
    const compiled = compilePattern('\\d*\\d*\\d*\\d*x');
    if (!compiled.ok) throw new Error('refused');
    const started = performance.now();
    compiled.regex.test('1'.repeat(64));
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('ignores a repeated group that was only in a character class', () => {
    expect(compilePattern('[(a+)]+')).toMatchObject({ ok: true });
  });
});

describe('isQueueCall', () => {
  const settings = (queueHeader: string, queueValue = ''): IntegraSettings => ({
    ...DEFAULT_INTEGRA_SETTINGS,
    queueHeader,
    queueValue,
  });

  it.each([
    ['', '', false],
    ['X-Queue', '', true],
    ['x-queue', 'sales', true],
    ['X-QUEUE', 'SALES-QUEUE', true],
    ['X-Queue', 'support', false],
    ['X-Queue', ' sales ', true],
    ['X-Other', '', false],
    ['constructor', '', false],
    ['__proto__', '', false],
    ['toString', '', false],
  ])('header %j containing %j is %s', (header, value, expected) => {
    expect(isQueueCall(facts(), settings(header, value))).toBe(expected);
  });
});

describe('rulesFor', () => {
  const crm = rule('http://crm/?n=!01', { id: 'crm', events: ['CALL_IN', 'CALL_CLOSE'] });
  const ext = rule('http://crm/?n=!01', { id: 'ext', onlyExternal: true, events: ['CALL_IN'] });
  const off = rule('http://crm/?n=!01', { id: 'off', enabled: false, events: [...CALL_EVENTS] });
  const busy = rule('http://crm/?n=!01', { id: 'busy', events: ['CALL_BUSY'] });
  const on: IntegraSettings = {
    ...DEFAULT_INTEGRA_SETTINGS,
    enabled: true,
    rules: [crm, ext, off, busy],
  };
  const ids = (event: (typeof CALL_EVENTS)[number], remoteNumber: string, s = on) =>
    rulesFor(event, facts({ remoteNumber }), s).map((r) => r.id);

  it.each([
    ['CALL_IN', '+390212345678', ['crm', 'ext']],
    ['CALL_IN', '100', ['crm']],
    ['CALL_IN', '', ['crm', 'ext']],
    ['CALL_CLOSE', '100', ['crm']],
    ['CALL_FORWARD_IN', '+390212345678', []],
    ['CALL_ACCEPT', '+390212345678', []],
    ['CALL_BUSY', '100', ['busy']],
  ] as const)('%s from %j runs %j', (event, number, expected) => {
    expect(ids(event, number)).toEqual(expected);
  });

  it('runs nothing when Integra is off', () => {
    expect(ids('CALL_IN', '+390212345678', { ...on, enabled: false })).toEqual([]);
  });

  it('treats every number as external when the pattern is broken', () => {
    expect(ids('CALL_IN', '100', { ...on, internalPattern: '(' })).toEqual(['crm', 'ext']);
  });

  it('uses the configured pattern', () => {
    expect(ids('CALL_IN', '100', { ...on, internalPattern: '2[0-9]{2}' })).toEqual(['crm', 'ext']);
    expect(ids('CALL_IN', '250', { ...on, internalPattern: '2[0-9]{2}' })).toEqual(['crm']);
  });
});
