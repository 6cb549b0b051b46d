import { describe, expect, it } from 'vitest';
import {
  formatServerTime,
  keyOf,
  namedValues,
  PLACEHOLDERS,
  placeholderValues,
  resolvePlaceholder,
} from '../../src/integra/placeholders';
import { CALL_EVENTS } from '../../src/phone/types';
import { AT, CALL_ID, call } from './sampleCall';

describe('placeholderValues', () => {
  const values = placeholderValues(call('CALL_IN', {}, { extendedId: 'ORD-42' }));

  it.each([
    ['00', '101'],
    ['01', '+390212345678'],
    ['02', 'CALL_IN'],
    ['03', '0299999101'],
    ['04', '05/01/2024_09.03.07'],
    ['05', CALL_ID],
    ['06', '+390287654321'],
    ['07', '0299999000'],
    ['display_name', 'Mario Rossi'],
    ['caller_name', 'Mario Rossi'],
    ['direction', 'in'],
    ['extended_id', 'ORD-42'],
    ['duration', ''],
    ['end_cause', ''],
    ['iso_time', new Date(AT).toISOString()],
    ['unix_time', String(Math.floor(AT / 1000))],
    ['sip:x-queue', 'Sales-Queue'],
    ['sip:call-id', CALL_ID],
  ])('%s is %j', (key, expected) => {
    expect(values[key]).toBe(expected);
  });

  it('names the caller by the phonebook or lookup answer when there is one, else by the SIP name', () => {
    const named = placeholderValues({ ...call('CALL_IN'), callerName: 'Rossi Impianti' });
    expect([named.caller_name, named.display_name]).toEqual(['Rossi Impianti', 'Mario Rossi']);
  });

  it.each(CALL_EVENTS)('!02 is the event name for %s', (event) => {
    expect(placeholderValues(call(event))['02']).toBe(event);
  });

  it.each(CALL_EVENTS)('duration and end cause are given only on CALL_CLOSE (%s)', (event) => {
    const v = placeholderValues(call(event, {}, { durationSeconds: 61.6, endCause: 'busy' }));
    const closed = event === 'CALL_CLOSE';
    expect([v.duration, v.end_cause]).toEqual(closed ? ['62', 'busy'] : ['', '']);
  });

  it.each([
    [undefined, '0'],
    [-5, '0'],
    [Number.NaN, '0'],
    [3599.4, '3599'],
  ])('a closed call with duration %s gives %j', (durationSeconds, expected) => {
    expect(placeholderValues(call('CALL_CLOSE', {}, { durationSeconds })).duration).toBe(expected);
  });

  it('gives out for an outgoing call and no extended ID when there is none', () => {
    const v = placeholderValues(call('CALL_OUT', { direction: 'outgoing' }));
    expect([v.direction, v.extended_id]).toEqual(['out', '']);
  });

  it('shows server time: the clock offset moves !04, the ISO and the Unix time', () => {
    const v = placeholderValues(call('CALL_IN', { serverClockOffsetMs: 3_600_000 + 2_500 }));
    expect(v['04']).toBe('05/01/2024_10.03.09');
    expect(v.iso_time).toBe(new Date(AT + 3_602_500).toISOString());
    expect(v.unix_time).toBe(String(Math.floor((AT + 3_602_500) / 1000)));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 9e15])('gives empty times for at = %s', (at) => {
    const v = placeholderValues({ ...call(), at });
    expect([v['04'], v.iso_time, v.unix_time]).toEqual(['', '', '']);
  });

  it('ignores a broken clock offset rather than losing the time', () => {
    expect(placeholderValues(call('CALL_IN', { serverClockOffsetMs: Number.NaN }))['04']).toBe(
      '05/01/2024_09.03.07',
    );
  });

  it('keeps header values as they are, keyed by lower-case name', () => {
    const v = placeholderValues(
      call('CALL_IN', { headers: { 'X-Crm-Id': 'a&b', 'bad name': 'x' } }),
    );
    expect(v['sip:x-crm-id']).toBe('a&b');
    expect(Object.keys(v).filter((k) => k.startsWith('sip:'))).toEqual(['sip:x-crm-id']);
  });
});

describe('formatServerTime', () => {
  it.each([
    [new Date(2024, 11, 31, 23, 59, 59).getTime(), '31/12/2024_23.59.59'],
    [new Date(2025, 1, 3, 0, 0, 0).getTime(), '03/02/2025_00.00.00'],
    [new Date(999, 5, 6, 7, 8, 9).getTime(), '06/06/0999_07.08.09'],
  ])('formats %s as %s', (ms, expected) => {
    expect(formatServerTime(ms)).toBe(expected);
  });
});

describe('resolvePlaceholder', () => {
  const values = placeholderValues(call());

  it.each([
    ['01', '+390212345678'],
    ['remote_number', '+390212345678'],
    ['REMOTE_NUMBER', '+390212345678'],
    ['server_time', '05/01/2024_09.03.07'],
    ['Display_Name', 'Mario Rossi'],
    ['sip:X-Queue', 'Sales-Queue'],
    ['sip:x-absent', ''],
    ['sip:constructor', ''],
    ['sip:__proto__', ''],
  ])('%s resolves to %j', (name, value) => {
    expect(resolvePlaceholder(values, name)).toEqual({ ok: true, value });
  });

  it.each([
    'displayname',
    '08',
    '0',
    '',
    'constructor',
    '__proto__',
    'toString',
    'sip:',
    'sip:bad name',
    'sip:a;b',
  ])('refuses %j by name', (name) => {
    expect(resolvePlaceholder(values, name)).toEqual({ ok: false, name });
  });

  it('gives an empty value for a known placeholder missing from the values', () => {
    expect(resolvePlaceholder({}, 'display_name')).toEqual({ ok: true, value: '' });
  });

  it('maps every table entry to a key', () => {
    for (const p of PLACEHOLDERS) expect(keyOf(p.name)).toBe('code' in p ? p.code : p.name);
  });
});

describe('namedValues', () => {
  it('names every placeholder and leaves the headers out', () => {
    const body = namedValues(placeholderValues(call('CALL_IN', {}, { extendedId: 'E1' })));
    expect(Object.keys(body)).toEqual(PLACEHOLDERS.map((p) => p.name));
    expect(body).toMatchObject({
      own_extension: '101',
      remote_number: '+390212345678',
      event: 'CALL_IN',
      server_time: '05/01/2024_09.03.07',
      call_id: CALL_ID,
      extended_id: 'E1',
    });
  });
});
