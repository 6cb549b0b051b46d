// The app's side of the bridge (src/browser/nativeBridge.ts), against a fake window whose
// "content script" hands the page one end of a real MessageChannel; the test plays the extension
// on the other end. The bridge's timers are a manual clock, so the channel itself runs for real.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BridgeEvents,
  type BridgeState,
  CONNECT_WAIT_MS,
  createNativeBridge,
  RUN_WAIT_MS,
} from '../../src/browser/nativeBridge';

const ORIGIN = 'https://phone.example';
type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
type Win = Parameters<typeof createNativeBridge>[0];
type Message = Record<string, unknown> & { id?: number; type?: string };

const opened: MessagePort[] = [];
afterEach(() => {
  for (const port of opened.splice(0)) port.close();
  vi.restoreAllMocks();
});

function channel(): MessageChannel {
  const made = new MessageChannel();
  opened.push(made.port1, made.port2);
  return made;
}

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers = {
    setTimeout: (fn: () => void, ms = 0) => {
      const id = nextId++;
      due.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id: number) => {
      due.delete(id);
    },
  } as unknown as Timers;
  return {
    timers,
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) continue;
        due.delete(id);
        timer.fn();
      }
    },
  };
}

type Offer = { source?: unknown; origin?: string; data?: unknown; ports?: MessagePort[] };

/**
 * A window whose relay, when the page asks to connect, offers what `relay` returns (nothing when
 * it returns undefined: no extension).
 */
function fakeWindow(relay?: (win: unknown) => Offer | undefined) {
  const listeners: ((event: MessageEvent) => void)[] = [];
  /** Every listener ever added, removed or not. */
  const added: ((event: MessageEvent) => void)[] = [];
  const posted: { data: unknown; targetOrigin: unknown }[] = [];
  const win = {
    location: { origin: ORIGIN },
    postMessage(data: unknown, targetOrigin: unknown) {
      posted.push({ data, targetOrigin });
      const isConnect =
        typeof data === 'object' &&
        data !== null &&
        (data as { voispeedBridge?: unknown }).voispeedBridge === 'connect';
      const offer = isConnect ? relay?.(win) : undefined;
      if (offer) deliver(offer);
    },
    addEventListener(type: string, listener: (event: MessageEvent) => void) {
      if (type === 'message') {
        listeners.push(listener);
        added.push(listener);
      }
    },
    removeEventListener(type: string, listener: (event: MessageEvent) => void) {
      const at = listeners.indexOf(listener);
      if (type === 'message' && at >= 0) listeners.splice(at, 1);
    },
  };
  function deliver(offer: Offer, to = listeners): void {
    const event = {
      source: win,
      origin: ORIGIN,
      data: { voispeedBridge: 'port', v: 1 },
      ports: [],
      ...offer,
    } as unknown as MessageEvent;
    for (const listener of [...to]) listener(event);
  }
  return { win: win as unknown as Win, posted, listeners, added, deliver };
}

/** The extension on port1: answers hello as told, records everything, answers runs via `onRun`. */
function fakeExtension(
  port: MessagePort,
  options: {
    host?: { version: string } | null;
    answerHello?: boolean;
    onRun?: (message: Message) => unknown;
  } = {},
) {
  const received: Message[] = [];
  port.onmessage = (event: MessageEvent) => {
    const message = event.data as Message;
    received.push(message);
    if (message.type === 'hello' && options.answerHello !== false) {
      port.postMessage({
        v: 1,
        id: message.id,
        type: 'hello',
        extension: '0.1.0',
        host: options.host === undefined ? { version: '0.2.0' } : options.host,
      });
    }
    if (message.type === 'run') {
      const result = options.onRun?.(message);
      if (result !== undefined) port.postMessage({ v: 1, id: message.id, type: 'ran', result });
    }
  };
  return { received, send: (message: unknown) => port.postMessage(message) };
}

function handlers() {
  const states: BridgeState[] = [];
  const events = {
    onState: vi.fn((state: BridgeState) => {
      states.push(state);
    }),
    onLink: vi.fn<(link: string) => void>(),
    onDialText: vi.fn<(text: string) => void>(),
  } satisfies BridgeEvents;
  return { events, states };
}

/** A bridge connected through a relay that offers a real port, with the extension on the far end. */
async function connected(options: Parameters<typeof fakeExtension>[1] = {}) {
  const clock = manualClock();
  const { port1, port2 } = channel();
  const extension = fakeExtension(port1, options);
  const page = fakeWindow(() => ({ ports: [port2] }));
  const bridge = createNativeBridge(page.win, clock.timers);
  const { events, states } = handlers();
  bridge.connect(events);
  if (options.answerHello !== false) await vi.waitFor(() => expect(states).toHaveLength(2));
  return { bridge, extension, events, states, clock, page };
}

/** Lets the channel deliver what is in flight (a real MessagePort hop, not a timer). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const ran = { ok: true, exitCode: 0, signal: null, timedOut: false, output: 'logged' } as const;
const request = { rule: 'crm-log', event: 'CALL_IN', values: { '01': '101' } } as const;

describe('createNativeBridge: finding the extension', () => {
  it('asks its own origin for the port, then says checking → ready with both versions', async () => {
    const { states, page, extension, clock } = await connected();
    expect(page.posted).toEqual([
      { data: { voispeedBridge: 'connect', v: 1 }, targetOrigin: ORIGIN },
    ]);
    expect(states).toEqual([
      { kind: 'checking' },
      { kind: 'ready', extension: '0.1.0', host: '0.2.0' },
    ]);
    expect(extension.received).toEqual([{ v: 1, id: expect.any(Number), type: 'hello' }]);
    // The connect wait was called off: no late 'absent'.
    clock.advance(RUN_WAIT_MS);
    expect(states).toHaveLength(2);
    // It stopped listening for more offers.
    expect(page.listeners).toHaveLength(0);
  });

  it('says no-host when the extension answers without a host', async () => {
    const { states } = await connected({ host: null });
    expect(states).toEqual([{ kind: 'checking' }, { kind: 'no-host', extension: '0.1.0' }]);
  });

  it('says absent after CONNECT_WAIT_MS when no relay answers', async () => {
    const clock = manualClock();
    const page = fakeWindow();
    const bridge = createNativeBridge(page.win, clock.timers);
    const { events, states } = handlers();
    bridge.connect(events);
    expect(states).toEqual([{ kind: 'checking' }]);
    clock.advance(CONNECT_WAIT_MS - 1);
    expect(states).toEqual([{ kind: 'checking' }]);
    clock.advance(1);
    expect(states).toEqual([{ kind: 'checking' }, { kind: 'absent' }]);
    expect(await bridge.run(request)).toEqual({ ok: false, error: 'not-installed' });
  });

  it('says absent when the extension never answers hello', async () => {
    const { states, clock, extension } = await connected({ answerHello: false });
    await vi.waitFor(() => expect(extension.received).toHaveLength(1));
    expect(states).toEqual([{ kind: 'checking' }]);
    clock.advance(10_000);
    await vi.waitFor(() => expect(states).toEqual([{ kind: 'checking' }, { kind: 'absent' }]));
  });

  it.each<[string, (win: unknown) => Offer]>([
    ['another origin', () => ({ origin: 'https://evil.example' })],
    ['another window', () => ({ source: {} })],
    ['no source', () => ({ source: null })],
    ['another protocol version', () => ({ data: { voispeedBridge: 'port', v: 2 } })],
    ['a message that is not an offer', () => ({ data: { voispeedBridge: 'connect', v: 1 } })],
  ])('ignores a port offered from %s and stays absent', async (_label, offer) => {
    const clock = manualClock();
    const { port1, port2 } = channel();
    const extension = fakeExtension(port1);
    const page = fakeWindow((win) => ({ ports: [port2], ...offer(win) }));
    const bridge = createNativeBridge(page.win, clock.timers);
    const { events, states } = handlers();
    bridge.connect(events);
    clock.advance(CONNECT_WAIT_MS);
    await settle();
    expect(states).toEqual([{ kind: 'checking' }, { kind: 'absent' }]);
    expect(extension.received).toEqual([]);
    expect(await bridge.run(request)).toEqual({ ok: false, error: 'not-installed' });
    expect(extension.received).toEqual([]);
  });

  it('ignores an offer of two ports at once', async () => {
    const clock = manualClock();
    const a = channel();
    const b = channel();
    const first = fakeExtension(a.port1);
    const second = fakeExtension(b.port1);
    const page = fakeWindow(() => ({ ports: [a.port2, b.port2] }));
    const bridge = createNativeBridge(page.win, clock.timers);
    const { events, states } = handlers();
    bridge.connect(events);
    clock.advance(CONNECT_WAIT_MS);
    await settle();
    expect(states).toEqual([{ kind: 'checking' }, { kind: 'absent' }]);
    expect(first.received).toEqual([]);
    expect(second.received).toEqual([]);
  });

  it('takes the first port and ignores a second offer', async () => {
    const { page, extension, bridge } = await connected({ onRun: () => ran });
    const other = channel();
    const intruder = fakeExtension(other.port1, { onRun: () => ({ ...ran, output: 'intruder' }) });
    page.deliver({ ports: [other.port2] });
    expect(await bridge.run(request)).toEqual(ran);
    await settle();
    expect(intruder.received).toEqual([]);
    expect(extension.received.map((m) => m.type)).toEqual(['hello', 'run']);
  });

  it('ignores a second offer even from a listener still called after removal', async () => {
    const { page, extension, bridge } = await connected({ onRun: () => ran });
    const other = channel();
    const intruder = fakeExtension(other.port1, { onRun: () => ({ ...ran, output: 'intruder' }) });
    expect(page.added).toHaveLength(1);
    page.deliver({ ports: [other.port2] }, page.added);
    expect(await bridge.run(request)).toEqual(ran);
    await settle();
    expect(intruder.received).toEqual([]);
    expect(extension.received.map((m) => m.type)).toEqual(['hello', 'run']);
  });

  it('a good offer after an ignored one from another origin is still taken', async () => {
    const clock = manualClock();
    const bad = channel();
    const good = channel();
    const wrong = fakeExtension(bad.port1);
    const right = fakeExtension(good.port1);
    const page = fakeWindow();
    const bridge = createNativeBridge(page.win, clock.timers);
    const { events, states } = handlers();
    bridge.connect(events);
    page.deliver({ origin: 'https://evil.example', ports: [bad.port2] });
    page.deliver({ ports: [good.port2] });
    await vi.waitFor(() => expect(states).toHaveLength(2));
    expect(states[1]).toEqual({ kind: 'ready', extension: '0.1.0', host: '0.2.0' });
    expect(wrong.received).toEqual([]);
    expect(right.received).toHaveLength(1);
  });
});

describe('createNativeBridge: running a rule', () => {
  it('sends exactly the run request and resolves with the host’s result', async () => {
    const { bridge, extension } = await connected({ onRun: () => ran });
    const values = { '00': '201', '01': '101', 'sip:x-crm': 'A; rm -rf ~' };
    const outcome = await bridge.run({ rule: 'crm-log', event: 'CALL_OUT', values });
    expect(outcome).toEqual(ran);
    const hello = extension.received[0] as Message;
    const sent = extension.received[1] as Message;
    expect(sent).toStrictEqual({
      v: 1,
      id: sent.id,
      type: 'run',
      rule: 'crm-log',
      event: 'CALL_OUT',
      values,
    });
    expect(Number.isInteger(sent.id)).toBe(true);
    expect(sent.id).not.toBe(hello.id);
  });

  it('resolves a refusal from the host as it came', async () => {
    const refused = { ok: false, error: 'unknown-rule', detail: 'no rule crm-log' } as const;
    const { bridge } = await connected({ onRun: () => refused });
    expect(await bridge.run(request)).toEqual(refused);
  });

  it('matches answers to their runs by id, in any order', async () => {
    const runs: Message[] = [];
    const { bridge, extension } = await connected({ onRun: (m) => void runs.push(m) });
    const first = bridge.run({ ...request, rule: 'first' });
    const second = bridge.run({ ...request, rule: 'second' });
    await vi.waitFor(() => expect(runs).toHaveLength(2));
    const [a, b] = runs as [Message, Message];
    expect(a.id).not.toBe(b.id);
    extension.send({ v: 1, id: b.id, type: 'ran', result: { ...ran, output: 'second' } });
    extension.send({ v: 1, id: a.id, type: 'ran', result: { ...ran, output: 'first' } });
    expect(await first).toEqual({ ...ran, output: 'first' });
    expect(await second).toEqual({ ...ran, output: 'second' });
  });

  it('answers not-installed before any port, without posting anything', async () => {
    const page = fakeWindow();
    const bridge = createNativeBridge(page.win, manualClock().timers);
    expect(await bridge.run(request)).toEqual({ ok: false, error: 'not-installed' });
    expect(page.posted).toEqual([]);
  });

  it('refuses a value over MAX_VALUE without sending it, and sends one of MAX_VALUE', async () => {
    const { bridge, extension } = await connected({ onRun: () => ran });
    const outcome = await bridge.run({
      ...request,
      values: { '00': '201', '01': 'x'.repeat(1025) },
    });
    expect(outcome).toEqual({ ok: false, error: 'refused', detail: 'the value of 01 is too long' });
    await settle();
    expect(extension.received.map((m) => m.type)).toEqual(['hello']);
    expect(await bridge.run({ ...request, values: { '01': 'x'.repeat(1024) } })).toEqual(ran);
  });

  it('ignores a malformed or unknown-field answer, warning, and keeps the run waiting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const runs: Message[] = [];
    const { bridge, extension } = await connected({ onRun: (m) => void runs.push(m) });
    let settled = false;
    const outcome = bridge.run(request).then((o) => {
      settled = true;
      return o;
    });
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    const id = (runs[0] as Message).id;
    extension.send({ v: 1, id, type: 'ran', result: { ...ran, stack: 'x' } });
    extension.send({ v: 2, id, type: 'ran', result: ran });
    extension.send({ v: 1, id, type: 'ran', result: ran, extra: true });
    extension.send({ v: 1, id, type: 'ran', result: { ...ran, exitCode: 'zero' } });
    extension.send('ran');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(5));
    expect(warn.mock.calls[0]).toEqual([
      'the bridge sent a message the app refuses:',
      'result.stack is not a known field',
    ]);
    expect(warn.mock.calls[2]?.[1]).toBe('extra is not a known field');
    await settle();
    expect(settled).toBe(false);
    extension.send({ v: 1, id, type: 'ran', result: ran });
    expect(await outcome).toEqual(ran);
  });

  it('a late or stray answer resolves nothing else', async () => {
    const runs: Message[] = [];
    const { bridge, extension, events } = await connected({ onRun: (m) => void runs.push(m) });
    let settled = false;
    const outcome = bridge.run(request).then((o) => {
      settled = true;
      return o;
    });
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    const id = (runs[0] as Message).id as number;
    extension.send({ v: 1, id: id + 100, type: 'ran', result: { ...ran, output: 'stray' } });
    await settle();
    expect(settled).toBe(false);
    extension.send({ v: 1, id, type: 'ran', result: ran });
    expect(await outcome).toEqual(ran);
    expect(events.onLink).not.toHaveBeenCalled();
  });

  it('resolves no-answer after RUN_WAIT_MS, and ignores the answer that comes too late', async () => {
    const runs: Message[] = [];
    const { bridge, clock, extension } = await connected({ onRun: (m) => void runs.push(m) });
    let settled = false;
    const outcome = bridge.run(request).then((o) => {
      settled = true;
      return o;
    });
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    clock.advance(RUN_WAIT_MS - 1);
    await settle();
    expect(settled).toBe(false);
    clock.advance(1);
    expect(await outcome).toEqual({ ok: false, error: 'no-answer' });
    extension.send({ v: 1, id: (runs[0] as Message).id, type: 'ran', result: ran });
    await settle();
  });
});

describe('createNativeBridge: what the extension pushes', () => {
  it('hands links and dial texts to their handlers', async () => {
    const { extension, events } = await connected();
    extension.send({ v: 1, type: 'link', link: 'tel:+390212345678' });
    extension.send({ v: 1, type: 'dial-text', text: 'call 02 1234 5678' });
    await vi.waitFor(() => expect(events.onDialText).toHaveBeenCalled());
    expect(events.onLink.mock.calls).toEqual([['tel:+390212345678']]);
    expect(events.onDialText.mock.calls).toEqual([['call 02 1234 5678']]);
  });

  it('turns host pushes into states with the extension’s version', async () => {
    const { extension, states } = await connected();
    extension.send({ v: 1, type: 'host', host: null });
    await vi.waitFor(() => expect(states).toHaveLength(3));
    expect(states[2]).toEqual({ kind: 'no-host', extension: '0.1.0' });
    extension.send({ v: 1, type: 'host', host: { version: '0.3.0' } });
    await vi.waitFor(() => expect(states).toHaveLength(4));
    expect(states[3]).toEqual({ kind: 'ready', extension: '0.1.0', host: '0.3.0' });
  });

  it('ignores a push with a field it does not know', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { extension, events, states } = await connected();
    extension.send({ v: 1, type: 'link', link: 'tel:1', id: 3 });
    extension.send({ v: 1, type: 'host', host: { version: '9', path: '/tmp/x' } });
    extension.send({ v: 1, type: 'dial-text', text: '' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(3));
    expect(events.onLink).not.toHaveBeenCalled();
    expect(events.onDialText).not.toHaveBeenCalled();
    expect(states).toHaveLength(2);
  });
});
