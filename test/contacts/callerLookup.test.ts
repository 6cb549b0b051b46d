// The lookup URL for a call: built from the call's values, asked only when one is set, loaded
// only then (lazyLookup).
import { describe, expect, it, vi } from 'vitest';
import { lazyLookup } from '../../src/app/callerNames';
import {
  type CallerNameSettings,
  DEFAULT_CALLER_NAME_SETTINGS,
} from '../../src/contacts/callerNameSettings';
import { newCall } from '../../src/phone/callLine';
import { facts } from '../phone/fakeSip';

function lookup(settings: CallerNameSettings) {
  const fetch = vi.fn(async (_url: string) => new Response('{"name":"Rossi Impianti"}'));
  const ask = lazyLookup({
    fetch: fetch as unknown as typeof globalThis.fetch,
    now: Date.now,
    settings: () => settings,
  });
  return { fetch, ask };
}

const call = newCall(facts({ remoteNumber: '+39 02&x=1', direction: 'incoming' }), 'incoming', 0);

describe('the lookup URL of a call', () => {
  it('carries the number percent-encoded and answers the name', async () => {
    const { fetch, ask } = lookup({
      lookupUrl: 'https://crm.example/who?n=!01&ev=!02',
      lookupTimeoutMs: 1500,
    });
    expect(await ask(call)).toBe('Rossi Impianti');
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'https://crm.example/who?n=%2B39%2002%26x%3D1&ev=CALL_IN',
    );
  });

  it('asks nothing when no URL is set', async () => {
    const { fetch, ask } = lookup(DEFAULT_CALLER_NAME_SETTINGS);
    expect(await ask(call)).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
