// Reading config.json beside the app: where it is looked for, how, and what a missing, failing or
// silent server gives. Never a rejection: the app starts whatever happens.
import { describe, expect, it, vi } from 'vitest';
import { fetchProvisioningFile } from '../../src/browser/provisioningFile';

const BASE = 'https://phone.example.com/app/index.html';
const answer = (status: number, body = '') =>
  vi.fn(async (_url: URL, _init?: RequestInit) => new Response(body, { status }));

describe('fetchProvisioningFile', () => {
  it('asks beside the app, same origin only and never from the HTTP cache', async () => {
    const get = answer(200, '{"v":1}');
    expect(await fetchProvisioningFile(BASE, { fetch: get })).toEqual({
      found: true,
      text: '{"v":1}',
    });
    const [url, init] = get.mock.calls[0] ?? [];
    expect(String(url)).toBe('https://phone.example.com/app/config.json');
    expect(init).toMatchObject({ mode: 'same-origin', cache: 'no-store' });
  });

  it('takes a 404 as no file, with nothing to say', async () => {
    expect(await fetchProvisioningFile(BASE, { fetch: answer(404) })).toEqual({ found: false });
  });

  it('takes a host that answers every path with the app page as no file', async () => {
    const page = vi.fn(
      async () =>
        new Response('<!doctype html>', {
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    expect(await fetchProvisioningFile(BASE, { fetch: page })).toEqual({
      found: false,
      why: 'the server sent a web page, not a file',
    });
  });

  it('takes a refusal other than 404 as no file, saying why for the log', async () => {
    expect(await fetchProvisioningFile(BASE, { fetch: answer(403) })).toEqual({
      found: false,
      why: 'HTTP 403',
    });
  });

  it('takes a server error or a network failure as unreachable, saying why for the log', async () => {
    expect(await fetchProvisioningFile(BASE, { fetch: answer(500) })).toEqual({
      found: false,
      why: 'HTTP 500',
      unreachable: true,
    });
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchProvisioningFile(BASE, { fetch: offline })).toEqual({
      found: false,
      why: 'TypeError: Failed to fetch',
      unreachable: true,
    });
  });

  it('gives up on a server that does not answer in time', async () => {
    const hung = vi.fn(
      (_url: URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    expect(await fetchProvisioningFile(BASE, { fetch: hung, timeoutMs: 20 })).toEqual({
      found: false,
      why: 'no answer in 20 ms',
      unreachable: true,
    });
  });
});
