// Caller names at run time: the phonebook first, then the lookup URL, then the SIP name; the ring
// never waits, and the name reaches the call, its history entry and Integra's rules that use it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallerNameEdges, connectCallerNames } from '../../src/app/callerNames';
import { connectIntegra } from '../../src/app/connectIntegra';
import type { IntegraEdges } from '../../src/app/integraEffects';
import { noBridge } from '../../src/browser/nativeBridge';
import { DEFAULT_INTEGRA_SETTINGS, newRule } from '../../src/integra/rule';
import { partyName } from '../../src/phone/callLine';
import { type CallSnapshot, Phone } from '../../src/phone/phone';
import { historyEntry } from '../../src/storage/historyEntry';
import { useIntegraStore } from '../../src/store/integraStore';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { translator } from '../translator';

const settled = () => new Promise((r) => setTimeout(r, 0));

function later<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function setup(overrides: Partial<CallerNameEdges> = {}) {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  const seen: CallSnapshot[] = [];
  phone.events.on((event) => {
    if (event.type === 'call') seen.push(event.call);
  });
  const edges: CallerNameEdges = {
    phonebook: vi.fn(async () => undefined),
    lookup: vi.fn(async () => undefined),
    ...overrides,
  };
  const names = connectCallerNames(phone, edges);
  phone.register(ACCOUNT);
  sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
  const ring = (number = '+390212345678', remoteName = 'SIP Name') => {
    const call = new FakeCall(facts({ callId: 'abc@pbx', remoteNumber: number, remoteName }));
    sip.ring(call);
    return call;
  };
  const current = () => phone.liveCalls()[0];
  return { phone, edges, names, ring, seen, current };
}

beforeEach(() => useIntegraStore.setState({ settings: DEFAULT_INTEGRA_SETTINGS }));

describe('caller names', () => {
  it('rings at once with the SIP name, then shows the phonebook name', async () => {
    const book = later<string | undefined>();
    const { ring, seen, current } = setup({ phonebook: () => book.promise });
    ring();
    expect(seen.map((c) => c.status)).toEqual(['incoming']);
    expect(partyName(seen[0] as CallSnapshot)).toBe('SIP Name');
    book.resolve('Rossi Impianti');
    await settled();
    expect(current()?.callerName).toBe('Rossi Impianti');
    expect(historyEntry(current() as CallSnapshot).name).toBe('Rossi Impianti');
  });

  it('asks the lookup URL when the phonebook has no name', async () => {
    const lookup = vi.fn(async () => 'From CRM');
    const { ring, current, edges } = setup({ lookup });
    ring();
    await settled();
    expect(edges.phonebook).toHaveBeenCalledWith('+390212345678');
    expect(lookup).toHaveBeenCalledWith(expect.objectContaining({ status: 'incoming' }));
    expect(current()?.callerName).toBe('From CRM');
  });

  it('does not ask the lookup URL when the phonebook knows the number', async () => {
    const lookup = vi.fn(async () => 'From CRM');
    const { ring, current } = setup({ phonebook: async () => 'Rossi', lookup });
    ring();
    await settled();
    expect(lookup).not.toHaveBeenCalled();
    expect(current()?.callerName).toBe('Rossi');
  });

  it('keeps the SIP name when nobody knows the number, or the phonebook fails', async () => {
    const { ring, current } = setup({
      phonebook: async () => {
        throw new Error('database closed');
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    ring();
    await settled();
    expect(current()?.callerName).toBeUndefined();
    expect(partyName(current() as CallSnapshot)).toBe('SIP Name');
  });

  it('asks no one for a call without a number', async () => {
    const { ring, edges } = setup();
    ring('');
    await settled();
    expect(edges.phonebook).not.toHaveBeenCalled();
    expect(edges.lookup).not.toHaveBeenCalled();
  });

  it("waits for the name only in Integra's rules that use it", async () => {
    const book = later<string | undefined>();
    const { phone, names, ring } = setup({ phonebook: () => book.promise });
    const openPop = vi.fn(() => 'opened' as const);
    const integra: IntegraEdges = {
      openPop,
      sendRequest: vi.fn(async () => ({ ok: true as const })),
      notify: vi.fn(() => undefined),
      bridge: noBridge,
      now: () => 1_700_000_000_000,
      t: translator('en'),
    };
    connectIntegra(phone, integra, names);
    useIntegraStore.setState({
      settings: {
        ...DEFAULT_INTEGRA_SETTINGS,
        enabled: true,
        rules: [
          { ...newRule('a'), command: 'https://crm/a?n=!01' },
          { ...newRule('b'), command: 'https://crm/b?who=!{caller_name}' },
        ],
      },
    });
    ring();
    await settled();
    expect(openPop.mock.calls).toEqual([['https://crm/a?n=%2B390212345678']]);
    book.resolve('Rossi Impianti');
    await settled();
    await settled();
    expect(openPop.mock.calls[1]).toEqual(['https://crm/b?who=Rossi%20Impianti']);
  });
});
