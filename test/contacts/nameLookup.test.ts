// The lookup URL's checks and its answers: a template is refused as an Integra rule's would be,
// an answer is hostile text, and answers are kept for a while.
import { describe, expect, it, vi } from 'vitest';
import {
  CACHE_ENTRIES,
  checkedName,
  checkLookupTemplate,
  createNameLookup,
  FOUND_TTL_MS,
  lookupUrl,
  MAX_ANSWER_BYTES,
  MISSING_TTL_MS,
  nameFromAnswer,
} from '../../src/contacts/nameLookup';

describe('the lookup template', () => {
  it.each([
    ['', undefined],
    ['https://crm.example/name?n=!01', undefined],
    ['http://10.0.0.5:8080/who/!{remote_number}', undefined],
    ['javascript:alert(1)//!01', { problem: 'not-http-url' }],
    ['file:///etc/passwd?!01', { problem: 'not-http-url' }],
    ['!01/name', { problem: 'placeholder-in-address' }],
    ['https://!{display_name}.example/', { problem: 'placeholder-in-address' }],
    ['https://crm.example/?n=!99', { problem: 'unknown-placeholder', detail: '!99' }],
    [`https://crm.example/?n=${'x'.repeat(2001)}`, { problem: 'too-long' }],
  ])('%j → %j', (template, problem) => {
    expect(checkLookupTemplate(template)).toEqual(problem);
  });

  it('carries the values percent-encoded, never as a new parameter', () => {
    const values = { '01': '+39 02&admin=1' };
    expect(lookupUrl('https://crm.example/name?n=!01', values)).toBe(
      'https://crm.example/name?n=%2B39%2002%26admin%3D1',
    );
  });
});

describe('an answer', () => {
  it.each([
    ['{"name":"Rossi Impianti"}', 'Rossi Impianti'],
    ['{"name":"  Ann \\n Lee\\u202e "}', 'Ann Lee'],
    ['{"name":"<img src=x onerror=alert(1)>"}', '<img src=x onerror=alert(1)>'],
    [`{"name":"${'é'.repeat(300)}"}`, 'é'.repeat(100)],
    ['{"name":""}', undefined],
    ['{"name":42}', undefined],
    ['["Rossi"]', undefined],
    ['"Rossi"', undefined],
    ['null', undefined],
    ['<html>Rossi</html>', undefined],
  ])('%s → %j', (body, name) => {
    expect(nameFromAnswer(body)).toBe(name);
  });

  it('keeps a name to one line of text', () => {
    expect(checkedName('a\u0000b\tc')).toBe('a b c');
    expect(checkedName(undefined)).toBeUndefined();
  });
});

function server(answer: (init?: RequestInit) => Response | Promise<Response>) {
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => answer(init));
  let time = 1_000_000;
  const lookup = createNameLookup({
    fetch: fetch as unknown as typeof globalThis.fetch,
    now: () => time,
  });
  return { fetch, lookup, later: (ms: number) => (time += ms) };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

describe('asking', () => {
  it('returns the name and asks once while it is kept', async () => {
    const { fetch, lookup, later } = server(() => json({ name: 'Rossi' }));
    expect(await lookup.ask('https://crm/n?1', 1000)).toBe('Rossi');
    later(FOUND_TTL_MS - 1);
    expect(await lookup.ask('https://crm/n?1', 1000)).toBe('Rossi');
    expect(fetch).toHaveBeenCalledTimes(1);
    later(2);
    await lookup.ask('https://crm/n?1', 1000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks once for two calls at the same time', async () => {
    const { fetch, lookup } = server(() => json({ name: 'Rossi' }));
    const both = await Promise.all([
      lookup.ask('https://crm/a', 1000),
      lookup.ask('https://crm/a', 1000),
    ]);
    expect(both).toEqual(['Rossi', 'Rossi']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('sends no cookies to another site and asks for JSON', async () => {
    const { fetch, lookup } = server(() => json({ name: 'Rossi' }));
    await lookup.ask('https://crm/a', 1000);
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('Accept')).toBe('application/json');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('gives up at the time limit, and asks again only after a minute', async () => {
    // The server never answers: only the time limit's signal ends the wait.
    const { fetch, lookup, later } = server(
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const started = Date.now();
    expect(await lookup.ask('https://slow/a', 50)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await lookup.ask('https://slow/a', 50)).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
    later(MISSING_TTL_MS + 1);
    await lookup.ask('https://slow/a', 50);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['an error status', () => new Response('{"name":"x"}', { status: 500 })],
    ['a body too big', () => new Response(`{"name":"x","pad":"${'x'.repeat(MAX_ANSWER_BYTES)}"}`)],
    ['a failed request', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('is no name after %s', async (_case, answer) => {
    const { lookup } = server(answer);
    expect(await lookup.ask('https://crm/a', 1000)).toBeUndefined();
  });

  it(`keeps at most ${CACHE_ENTRIES} answers, dropping the oldest`, async () => {
    const { fetch, lookup } = server(() => json({ name: 'x' }));
    for (let i = 0; i <= CACHE_ENTRIES; i += 1) await lookup.ask(`https://crm/${i}`, 1000);
    await lookup.ask(`https://crm/${CACHE_ENTRIES}`, 1000);
    expect(fetch).toHaveBeenCalledTimes(CACHE_ENTRIES + 1);
    await lookup.ask('https://crm/0', 1000);
    expect(fetch).toHaveBeenCalledTimes(CACHE_ENTRIES + 2);
  });
});
