import { describe, expect, it } from 'vitest';
import {
  grantedExpiresS,
  REFRESH_MARGIN_MS,
  refreshDueAt,
  retryDelayMs,
} from '../../../src/phone/registration/registrationTiming';

describe('retryDelayMs', () => {
  it.each([
    // attempt, outage so far (ms), random, delay (ms)
    [1, 0, 0, 500],
    [2, 500, 0, 1000],
    [3, 1500, 0, 2000],
    [4, 3500, 0, 3000], // at most 3 s apart while the outage is young
    [10, 29_000, 0, 3000],
    [10, 60_000, 0, 6000], // then at most a tenth of the outage...
    [10, 200_000, 0, 20_000],
    [10, 3_600_000, 0, 30_000], // ...and never over 30 s
    [1, 0, 0.999, 350], // jitter only shortens
    [4, 3500, 0.5, 2550],
    // Hostile inputs fall back to the first, shortest delay or clamp.
    [0, 0, 0, 500],
    [-3, 0, 0, 500],
    [Number.NaN, Number.NaN, Number.NaN, 500],
    [Number.POSITIVE_INFINITY, 0, 0, 500],
    [1e9, 1e12, 5, 21_000],
    [2.7, -5, -1, 1000],
  ])('attempt %s, outage %s ms, random %s → %s ms', (attempt, outage, random, expected) => {
    expect(retryDelayMs(attempt, outage, random)).toBe(expected);
  });
});

describe('refreshDueAt', () => {
  it.each([
    [300, 300_000 - REFRESH_MARGIN_MS],
    [3600, 3_600_000 - REFRESH_MARGIN_MS],
    [120, 60_000], // a short grant refreshes half-way
    [10, 5_000],
  ])('a %s s registration refreshes at %s ms', (expires, at) => {
    expect(refreshDueAt(0, expires)).toBe(at);
  });
});

describe('grantedExpiresS', () => {
  const own = 'sip:gu5fgrtn@20in6kbgfsl8.invalid;transport=ws';
  // As Kamailio answers JsSIP (captured from the development PBX).
  const kamailio =
    '<sip:gu5fgrtn@20in6kbgfsl8.invalid;transport=ws>;expires=300;received="sip:127.0.0.1:39384;transport=ws";+sip.instance="<urn:uuid:085f8570>";reg-id=1';

  it.each([
    ['Kamailio, own contact', [kamailio], undefined, 300],
    ['shorter grant', [kamailio.replace('expires=300', 'expires=120')], undefined, 120],
    [
      'own contact among others in one header',
      ['<sip:other@x.invalid>;expires=3600, <sip:gu5fgrtn@y.invalid>;expires=90'],
      undefined,
      90,
    ],
    ['one header per contact', ['<sip:other@x>;expires=1', '<sip:GU5FGRTN@y>;expires=77'], '', 77],
    ['comma inside quotes', ['"Smith, J" <sip:gu5fgrtn@y>;expires=45'], undefined, 45],
    ['Expires header only', ['<sip:gu5fgrtn@y>'], '200', 200],
    ['other contact only', ['<sip:other@y>;expires=50'], undefined, 300],
    ['nothing given', [], undefined, 300],
    ['below JsSIP floor', ['<sip:gu5fgrtn@y>;expires=1'], undefined, 10],
    ['absurdly long', ['<sip:gu5fgrtn@y>;expires=999999999'], undefined, 86_400],
    ['not a number', ['<sip:gu5fgrtn@y>;expires=soon'], 'later', 300],
    ['negative', ['<sip:gu5fgrtn@y>;expires=-5'], '-5', 300],
    ['URI parameter is not the header one', ['<sip:gu5fgrtn@y;expires=9>'], undefined, 300],
    ['garbage', ['<<<,,,>>>;;;==', '\u0000'], '\r\n', 300],
  ])('%s', (_name, contacts, header, expected) => {
    expect(grantedExpiresS(contacts, header, own)).toBe(expected);
  });

  it('uses the requested expiry, clamped, when it cannot tell which contact is ours', () => {
    expect(grantedExpiresS([kamailio], undefined, 'not a uri', 600)).toBe(600);
    expect(grantedExpiresS([], undefined, own, Number.NaN)).toBe(300);
  });
});
