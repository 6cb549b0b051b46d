// Integra's runtime with fake browser edges: events from a Phone on a fake SIP edge reach the
// rules, each kind lands where it should, and every outcome is logged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectIntegra } from '../../src/app/connectIntegra';
import { integraActions } from '../../src/app/integraActions';
import type { IntegraEdges } from '../../src/app/integraEffects';
import { noBridge } from '../../src/browser/nativeBridge';
import { DEFAULT_INTEGRA_SETTINGS, type IntegraRule, newRule } from '../../src/integra/rule';
import { Phone } from '../../src/phone/phone';
import { useIntegraStore } from '../../src/store/integraStore';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { translator } from '../translator';

const initial = useIntegraStore.getState();
const settled = () => new Promise((r) => setTimeout(r, 0));

function edges(overrides: Partial<IntegraEdges> = {}): IntegraEdges {
  return {
    openPop: vi.fn(() => 'opened' as const),
    sendRequest: vi.fn(async () => ({ ok: true as const })),
    notify: vi.fn(() => undefined),
    bridge: noBridge,
    now: () => 1_700_000_000_000,
    t: translator('en'),
    ...overrides,
  };
}

function rule(overrides: Partial<IntegraRule>): IntegraRule {
  return { ...newRule('r1'), name: 'CRM', ...overrides };
}

function withRules(...rules: IntegraRule[]) {
  useIntegraStore.setState({ settings: { ...DEFAULT_INTEGRA_SETTINGS, enabled: true, rules } });
}

function ringingPhone(edgeSet: IntegraEdges, remoteNumber = '+390212345678') {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  connectIntegra(phone, edgeSet);
  phone.register(ACCOUNT);
  sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
  const call = new FakeCall(facts({ callId: 'abc@pbx', remoteNumber }));
  sip.ring(call);
  return { phone, call };
}

beforeEach(() => {
  useIntegraStore.setState(initial, true);
});

describe('Integra at run time', () => {
  it('opens the CRM on CALL_IN with the values encoded into the URL', async () => {
    const e = edges();
    withRules(rule({ command: 'https://crm.example/find?n=!01&id=!05&ev=!02' }));
    ringingPhone(e);
    await settled();
    expect(e.openPop).toHaveBeenCalledWith(
      'https://crm.example/find?n=%2B390212345678&id=abc%40pbx&ev=CALL_IN',
    );
    expect(useIntegraStore.getState().log[0]).toMatchObject({
      event: 'CALL_IN',
      rule: 'CRM',
      outcome: { kind: 'opened' },
    });
  });

  it('fills !{extended_id} with the extended ID an outgoing call was placed with', async () => {
    const e = edges();
    withRules(
      rule({ command: 'https://crm.example/out?n=!01&t=!{extended_id}', events: ['CALL_OUT'] }),
    );
    const sip = new FakeSip();
    const phone = new Phone(sip);
    connectIntegra(phone, e);
    phone.register(ACCOUNT);
    sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
    expect(phone.dial('101', { extendedId: 'TCK 42' }).ok).toBe(true);
    await settled();
    expect(e.openPop).toHaveBeenCalledWith('https://crm.example/out?n=101&t=TCK%2042');
  });

  it('offers a blocked pop in a banner and a notification, and opens it on click', async () => {
    const open = vi.fn().mockReturnValueOnce('blocked').mockReturnValue('opened');
    const e = edges({ openPop: open });
    withRules(rule({ command: 'https://crm.example/?n=!01' }));
    ringingPhone(e);
    await settled();
    const [pop] = useIntegraStore.getState().blockedPops;
    expect(pop).toMatchObject({ url: 'https://crm.example/?n=%2B390212345678', rule: 'CRM' });
    expect(e.notify).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'CRM window blocked', tag: `integra-pop-${pop?.id}` }),
    );
    expect(useIntegraStore.getState().log[0]?.outcome).toEqual({ kind: 'blocked' });

    integraActions(e).openBlockedPop(pop?.id ?? -1);
    expect(open).toHaveBeenLastCalledWith('https://crm.example/?n=%2B390212345678');
    expect(useIntegraStore.getState().blockedPops).toEqual([]);
  });

  it('sends background requests without waiting on the call, and logs failures', async () => {
    let finish: (v: { ok: false; error: 'timeout' }) => void = () => {};
    const send = vi.fn(() => new Promise<{ ok: false; error: 'timeout' }>((r) => (finish = r)));
    const e = edges({ sendRequest: send });
    withRules(
      rule({
        kind: 'post',
        command: 'https://crm.example/hook',
        events: ['CALL_IN', 'CALL_ACCEPT'],
      }),
    );
    const { phone, call } = ringingPhone(e);
    // The request is still pending, and the phone answers regardless.
    phone.answer('abc@pbx');
    expect(call.actions).toContain('answer');
    const [url, body] = send.mock.calls[0] as unknown as [string, string];
    expect(url).toBe('https://crm.example/hook');
    expect(JSON.parse(body)).toMatchObject({ event: 'CALL_IN', call_id: 'abc@pbx' });
    finish({ ok: false, error: 'timeout' });
    await settled();
    expect(useIntegraStore.getState().log.at(-1)?.outcome).toEqual({
      kind: 'request-failed',
      error: 'timeout',
    });
  });

  it('reports a shell rule as "bridge not installed" when there is no bridge', async () => {
    withRules(rule({ kind: 'shell', command: 'crm-lookup' }));
    ringingPhone(edges());
    await settled();
    expect(useIntegraStore.getState().log[0]).toMatchObject({
      command: 'crm-lookup',
      outcome: { kind: 'bridge', outcome: { ok: false, error: 'not-installed' } },
    });
  });

  it('sends the bridge the rule id and the call values, never a command line', async () => {
    const result = { ok: true, exitCode: 0, signal: null, timedOut: false, output: '' } as const;
    const bridge = { run: vi.fn(async () => result) };
    withRules(rule({ kind: 'shell', command: 'crm-lookup' }));
    const sip = new FakeSip();
    const phone = new Phone(sip);
    connectIntegra(phone, edges({ bridge }));
    phone.register(ACCOUNT);
    sip.ring(new FakeCall(facts({ remoteName: 'x; rm -rf ~', remoteNumber: '*1*' })));
    await settled();
    expect(bridge.run).toHaveBeenCalledTimes(1);
    expect(bridge.run).toHaveBeenCalledWith({
      rule: 'crm-lookup',
      event: 'CALL_IN',
      values: expect.objectContaining({ '01': '*1*', display_name: 'x; rm -rf ~' }),
    });
    expect(useIntegraStore.getState().log[0]).toMatchObject({
      command: 'crm-lookup',
      outcome: { kind: 'bridge', outcome: result },
    });
  });

  it('refuses, and logs, a shell rule that holds a command line instead of a rule id', async () => {
    const bridge = { run: vi.fn(noBridge.run) };
    withRules(rule({ kind: 'shell', command: 'crm-lookup !{display_name}' }));
    const sip = new FakeSip();
    const phone = new Phone(sip);
    connectIntegra(phone, edges({ bridge }));
    phone.register(ACCOUNT);
    sip.ring(new FakeCall(facts({ remoteNumber: '+3902123456' })));
    await settled();
    expect(bridge.run).not.toHaveBeenCalled();
    expect(useIntegraStore.getState().log[0]).toMatchObject({
      command: '',
      outcome: { kind: 'refused', error: { type: 'not-a-bridge-rule' } },
    });
  });

  it('does nothing for an internal call on an "only external" rule, or with Integra off', async () => {
    const e = edges();
    withRules(rule({ command: 'https://crm.example/?n=!01', onlyExternal: true }));
    ringingPhone(e, '102');
    useIntegraStore.setState((s) => ({ settings: { ...s.settings, enabled: false } }));
    ringingPhone(e, '+390212345678');
    await settled();
    expect(e.openPop).not.toHaveBeenCalled();
    expect(useIntegraStore.getState().log).toEqual([]);
  });

  it('masks secrets in the log', async () => {
    withRules(rule({ kind: 'get', command: 'https://crm.example/?token=s3cret&n=!01' }));
    ringingPhone(edges());
    await settled();
    const logged = useIntegraStore.getState().log[0]?.command ?? '';
    expect(logged).not.toContain('s3cret');
    expect(logged).toContain('n=%2B390212345678');
  });
});
