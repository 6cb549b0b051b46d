import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../../../src/phone/registration/connectionState';
import {
  type KeptUa,
  keepRegistered,
  type SipAnswer,
} from '../../../src/phone/registration/connectionWiring';
import { KEEPALIVE_MS } from '../../../src/phone/registration/registrationTiming';

const U1 = 'wss://pbx1/ws';
const U2 = 'wss://pbx2/ws';

function answer(status: number, headers: Record<string, string[]> = {}): SipAnswer {
  return {
    status_code: status,
    getHeader: (name) => headers[name]?.[0],
    getHeaders: (name) => headers[name] ?? [],
  };
}

/** JsSIP's UA as the keeper sees it, recording what is done to it. */
class FakeUa implements KeptUa {
  readonly actions: string[] = [];
  readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  options: 'ok' | 'error-reply' | 'timeout' = 'ok';
  readonly contact = { uri: 'sip:tok123@abc.invalid;transport=ws' };
  readonly transport = {
    socket: undefined as unknown,
    connect: () => this.actions.push(`transport.connect ${String(this.transport.socket)}`),
    disconnect: () => this.actions.push('transport.disconnect'),
  };
  on(event: string, listener: (event: never) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as never]);
  }
  removeListener(event: string, listener: (event: never) => void) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== (listener as never)),
    );
  }
  emit(event: string, payload: unknown) {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
  start() {
    this.actions.push(`start ${String(this.transport.socket)}`);
  }
  register() {
    this.actions.push('register');
  }
  sendOptions(
    target: unknown,
    _body: undefined,
    { eventHandlers }: Parameters<KeptUa['sendOptions']>[2],
  ) {
    this.actions.push(`options ${String(target)}`);
    if (this.options === 'ok') eventHandlers.succeeded({ response: answer(200) });
    else if (this.options === 'error-reply')
      eventHandlers.failed({ originator: 'remote', response: answer(404) });
    else eventHandlers.failed({ originator: 'system', response: null });
  }
}

function wire() {
  const ua = new FakeUa();
  const states: ConnectionState[] = [];
  const answers: SipAnswer[] = [];
  const kept = keepRegistered({
    ua,
    sockets: new Map([
      [U1, 'socket1'],
      [U2, 'socket2'],
    ]),
    probeTarget: 'sip:pbx.example.com',
    hasLiveCalls: () => false,
    onState: (state) => states.push(state),
    onAnswer: (a) => answers.push(a),
  });
  const registerOn = (url: string, contact = ['<sip:tok123@abc.invalid>;expires=300']) => {
    ua.emit('connected', { socket: { url } });
    ua.emit('registered', { response: answer(200, { Contact: contact }) });
  };
  return { ua, states, answers, kept, registerOn, last: () => states.at(-1) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keepRegistered', () => {
  it('starts the UA on the first URL and reports the registration', () => {
    const { ua, registerOn, last, answers } = wire();
    expect(ua.actions).toEqual(['start socket1']);
    registerOn(U1);
    expect(last()).toEqual({ kind: 'registered', url: U1, backup: false });
    expect(answers).toHaveLength(1);
  });

  it('reconnects on a clean transport, to the URL the keeper chose', async () => {
    const { ua, registerOn } = wire();
    registerOn(U1);
    ua.emit('disconnected', { socket: { url: U1 } });
    await vi.advanceTimersByTimeAsync(500);
    ua.emit('disconnected', { socket: { url: U1 } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(ua.actions.slice(1)).toEqual([
      'transport.disconnect',
      'transport.connect socket1',
      'transport.disconnect',
      'transport.connect socket2',
    ]);
  });

  it.each([
    ['ok', 'registered'],
    ['error-reply', 'registered'],
    ['timeout', 'reconnecting'],
  ] as const)(
    'probes with OPTIONS to the domain; answer %s leaves it %s',
    async (options, kind) => {
      const { ua, registerOn, last } = wire();
      registerOn(U1);
      ua.options = options;
      await vi.advanceTimersByTimeAsync(KEEPALIVE_MS);
      expect(ua.actions).toContain('options sip:pbx.example.com');
      expect(last()?.kind).toBe(kind);
    },
  );

  it('refreshes by the expiry the PBX granted to our contact', async () => {
    const { ua, registerOn } = wire();
    registerOn(U1, ['<sip:tok123@abc.invalid>;expires=40']);
    await vi.advanceTimersByTimeAsync(KEEPALIVE_MS);
    expect(ua.actions).toContain('register');
  });

  it('words a rejected REGISTER and stops there', () => {
    const { ua, last } = wire();
    ua.emit('connected', { socket: { url: U1 } });
    ua.emit('registrationFailed', { response: answer(403), cause: 'Rejected' });
    expect(last()).toEqual({ kind: 'failed', url: U1, reason: 'wrong-credentials' });
  });

  it('lets go of the UA on dispose', async () => {
    const { ua, kept, states } = wire();
    kept.dispose();
    ua.emit('connected', { socket: { url: U1 } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect([...ua.listeners.values()].flat()).toEqual([]);
    expect(states).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
