// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  hrefWithoutLink,
  linkFromLocation,
  MAX_CARRIED_LINK,
  stripLinkFromLocation,
} from '../../src/browser/locationLink';
import { MAX_LINK_LENGTH, parseCommand } from '../../src/commands/parseCommand';

const APP = 'https://phone.example.com/';

describe('linkFromLocation', () => {
  it.each<[string, string | undefined]>([
    // What a protocol handler produces: the link as the page had it (`C%20101`), encoded once
    // more for the query. That one layer comes off here; the parser takes off the link's own.
    [`${APP}?uri=web%2Bvoispeed%3AC%2520101`, 'web+voispeed:C%20101'],
    [`${APP}?uri=web%2Bvoispeed%3AC%20101`, 'web+voispeed:C 101'],
    // '+' stays '+': URLSearchParams would make these 'web voispeed:' and ' 39'.
    [`${APP}?uri=web+voispeed:C%20101`, 'web+voispeed:C 101'],
    [`${APP}?uri=tel:+39-02-123`, 'tel:+39-02-123'],
    [`${APP}?uri=tel%3A%2B390212345678`, 'tel:+390212345678'],
    [`${APP}?uri=voispeed:C%20101,order%3D7`, 'voispeed:C 101,order=7'],
    // Encoded once more than a link should be: one layer off, the parser says what is left.
    [`${APP}?uri=voispeed%253AC%2520402`, 'voispeed%3AC%20402'],
    [`${APP}?uri=voispeed:C%252520402`, 'voispeed:C%2520402'],
    // Not decodable: handed on as it stands, for the parser to call badly encoded.
    [`${APP}?uri=voispeed:C%zz`, 'voispeed:C%zz'],
    [`${APP}?uri=voispeed:C%E0%A4%A`, 'voispeed:C%E0%A4%A'],
    [`${APP}?uri=voispeed:101,a=b`, 'voispeed:101,a=b'],
    [`${APP}?view=dial&uri=voispeed:101&x=1`, 'voispeed:101'],
    [`${APP}?uri=voispeed:101#history`, 'voispeed:101'],
    // The first uri only.
    [`${APP}?uri=voispeed:101&uri=voispeed:D`, 'voispeed:101'],
    // Present but empty: the parser will say the link is empty.
    [`${APP}?uri=`, ''],
    [`${APP}?uri`, ''],
    [`${APP}?uri&view=dial`, ''],
    // Not a link.
    [APP, undefined],
    [`${APP}?`, undefined],
    [`${APP}?view=dial`, undefined],
    [`${APP}?URI=voispeed:101`, undefined],
    [`${APP}?xuri=voispeed:101`, undefined],
    [`${APP}?uri2=voispeed:101`, undefined],
    [`${APP}?%75ri=voispeed:101`, undefined],
    [`${APP}#?uri=voispeed:101`, undefined],
    [`${APP}#x&uri=voispeed:101`, undefined],
    ['', undefined],
    ['?uri=voispeed:101', 'voispeed:101'],
  ])('%s', (href, expected) => {
    expect(linkFromLocation(href)).toBe(expected);
  });

  it('survives what is not a string', () => {
    for (const junk of [undefined, null, 7, {}, ['?uri=x']]) {
      expect(linkFromLocation(junk as unknown as string)).toBeUndefined();
    }
  });

  it('cuts a huge link, which the parser then refuses as too long', () => {
    const link = linkFromLocation(`${APP}?uri=voispeed:${'1'.repeat(1_000_000)}`);
    expect(link).toHaveLength(MAX_CARRIED_LINK);
    expect(MAX_CARRIED_LINK).toBeGreaterThan(MAX_LINK_LENGTH);
    expect(parseCommand(link ?? '')).toEqual({ ok: false, error: { code: 'too-long' } });
  });

  it('never throws, and returns at most a carried link of text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6000 }), (href) => {
        const link = linkFromLocation(`?uri=${href}`);
        expect(typeof link).toBe('string');
        expect(link?.length).toBeLessThanOrEqual(MAX_CARRIED_LINK);
      }),
    );
  });

  it('gives back exactly the link a page put in ?uri= with encodeURIComponent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (link) => {
        expect(linkFromLocation(`${APP}?view=dial&uri=${encodeURIComponent(link)}#x`)).toBe(link);
      }),
    );
  });

  it('hands the parser a doubly encoded link that it refuses, never the number', () => {
    for (const href of [
      `${APP}?uri=voispeed%253AC%2520402`,
      `${APP}?uri=voispeed:C%252520402`,
      `${APP}?uri=${encodeURIComponent(encodeURIComponent('voispeed:C 402'))}`,
      `${APP}?uri=${encodeURIComponent(encodeURIComponent('tel:+39 02 123'))}`,
    ]) {
      expect(parseCommand(linkFromLocation(href) ?? '')).toMatchObject({
        ok: false,
        error: { code: 'bad-encoding' },
      });
    }
    expect(parseCommand(linkFromLocation(`${APP}?uri=voispeed%3AC%2520402`) ?? '')).toEqual({
      ok: true,
      command: { kind: 'call', number: '402', source: 'voispeed' },
    });
  });
});

describe('hrefWithoutLink', () => {
  it.each<[string, string]>([
    [`${APP}?uri=voispeed:101`, APP],
    [`${APP}?uri`, APP],
    [`${APP}?uri=a&uri=b`, APP],
    [`${APP}?view=dial&uri=voispeed:101`, `${APP}?view=dial`],
    [`${APP}?uri=voispeed:101&view=dial#x`, `${APP}?view=dial#x`],
    [`${APP}?uri=voispeed:101#x`, `${APP}#x`],
    // Other parameters keep their own encoding.
    [`${APP}?q=a+b%20c&uri=1`, `${APP}?q=a+b%20c`],
    [APP, APP],
    [`${APP}?view=dial`, `${APP}?view=dial`],
    [`${APP}#?uri=voispeed:101`, `${APP}#?uri=voispeed:101`],
  ])('%s', (href, expected) => {
    expect(hrefWithoutLink(href)).toBe(expected);
  });
});

describe('stripLinkFromLocation', () => {
  it('replaces the address, keeping the history state', () => {
    const history = { state: { tab: 1 }, replaceState: vi.fn() };
    const stripped = stripLinkFromLocation(history, { href: `${APP}?uri=voispeed:101` });
    expect(stripped).toBe(true);
    expect(history.replaceState).toHaveBeenCalledWith({ tab: 1 }, '', APP);
  });

  it('leaves an address without a link alone', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(stripLinkFromLocation(history, { href: `${APP}?view=dial` })).toBe(false);
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('says so when the browser refuses to change the address', () => {
    const history = {
      state: null,
      replaceState: () => {
        throw new DOMException('no', 'SecurityError');
      },
    };
    expect(stripLinkFromLocation(history, { href: `${APP}?uri=voispeed:101` })).toBe(false);
  });

  it('works on the real address bar', () => {
    window.history.replaceState(null, '', '/?view=dial&uri=web%2Bvoispeed%3AC%20101');
    expect(linkFromLocation(window.location.href)).toBe('web+voispeed:C 101');
    expect(stripLinkFromLocation()).toBe(true);
    expect(window.location.search).toBe('?view=dial');
    window.history.replaceState(null, '', '/');
  });
});
