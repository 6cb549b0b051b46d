import { describe, expect, it } from 'vitest';
import { clockOffsetFrom, parseSipDate, ServerClock } from '../../../src/phone/sip/serverClock';

describe('parseSipDate', () => {
  it.each([
    ['Sat, 13 Nov 2010 23:29:00 GMT', Date.UTC(2010, 10, 13, 23, 29, 0)],
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
    ['Tue, 29 Feb 2028 12:00:59 GMT', Date.UTC(2028, 1, 29, 12, 0, 59)],
    ['  Mon, 06 Jan 2025 08:05:09 GMT\r', Date.UTC(2025, 0, 6, 8, 5, 9)],
  ])('reads %s', (value, expected) => expect(parseSipDate(value)).toBe(expected));

  it.each([
    [''],
    ['garbage'],
    ['13 Nov 2010 23:29:00 GMT'],
    ['Sat, 13 Nov 2010 23:29:00 +0000'],
    ['Sat, 13 Nov 2010 23:29:00 UTC'],
    ['Sat, 3 Nov 2010 23:29:00 GMT'],
    ['Saturday, 13-Nov-10 23:29:00 GMT'],
    ['Sat Nov 13 23:29:00 2010'],
    ['2010-11-13T23:29:00Z'],
    ['sat, 13 nov 2010 23:29:00 gmt'],
    ['Sat, 31 Feb 2010 23:29:00 GMT'],
    ['Sat, 00 Nov 2010 23:29:00 GMT'],
    ['Sat, 13 Nov 2010 24:00:00 GMT'],
    ['Sat, 13 Nov 2010 23:60:00 GMT'],
    ['Sat, 13 Nov 1969 23:29:00 GMT'],
    ['Sat, 13 Nov 2010 23:29:00 GMT\u0000'],
    [`Sat, 13 Nov 2010 23:29:00 GMT${' '.repeat(100)}x`],
  ])('rejects %j', (value) => expect(parseSipDate(value)).toBeUndefined());
});

describe('clockOffsetFrom', () => {
  const server = Date.UTC(2010, 10, 13, 23, 29, 0);
  it.each([
    ['server ahead', server - 10_000, 10_500],
    ['server behind', server + 2_000, -1_500],
    ['same second', server, 500],
  ])('%s', (_label, receivedAt, expected) => {
    expect(clockOffsetFrom('Sat, 13 Nov 2010 23:29:00 GMT', receivedAt)).toBe(expected);
  });

  it.each([
    [undefined, 0],
    ['nonsense', 0],
    ['Sat, 13 Nov 2010 23:29:00 GMT', Number.NaN],
  ])('gives undefined for %j at %d', (header, receivedAt) => {
    expect(clockOffsetFrom(header, receivedAt)).toBeUndefined();
  });
});

describe('ServerClock', () => {
  const date = 'Sat, 13 Nov 2010 23:29:00 GMT';
  const server = Date.UTC(2010, 10, 13, 23, 29, 0);

  it('answers 0 until a Date header is seen', () => {
    const clock = new ServerClock();
    clock.observe(undefined, 1);
    clock.observe('bad', 1);
    expect(clock.offsetMs()).toBe(0);
    expect(clock.serverTime(1234)).toBe(1234);
  });

  it('keeps the median of the last few estimates', () => {
    const clock = new ServerClock(3);
    clock.observe(date, server - 1_000); // +1500
    expect(clock.offsetMs()).toBe(1_500);
    clock.observe(date, server - 60_000); // +60500, an outlier
    clock.observe(date, server - 2_000); // +2500
    expect(clock.offsetMs()).toBe(2_500);
    clock.observe(date, server - 3_000); // +3500, drops the first
    expect(clock.offsetMs()).toBe(3_500);
    expect(clock.serverTime(0)).toBe(3_500);
  });

  it('averages the middle two of an even count', () => {
    const clock = new ServerClock(4);
    clock.observe(date, server - 1_000);
    clock.observe(date, server - 2_000);
    expect(clock.offsetMs()).toBe(2_000);
  });
});
