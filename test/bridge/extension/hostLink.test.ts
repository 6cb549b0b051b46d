import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HostLink,
  type HostLinkOptions,
  type NativePortLike,
  runResultOf,
  selectionOf,
} from '../../../bridge/extension/hostLink';
import type { HostStatus } from '../../../bridge/protocol/messages';

class FakePort implements NativePortLike {
  sent: Record<string, unknown>[] = [];
  disconnected = false;
  private messageListeners: ((message: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  onMessage = {
    addListener: (callback: (m: unknown) => void) => this.messageListeners.push(callback),
  };
  onDisconnect = { addListener: (callback: () => void) => this.disconnectListeners.push(callback) };
  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message as Record<string, unknown>);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** The host answers. */
  reply(message: unknown): void {
    for (const listener of this.messageListeners) listener(message);
  }
  /** The host goes away (or never started). */
  drop(): void {
    this.disconnected = true;
    for (const listener of this.disconnectListeners) listener();
  }
  last(): Record<string, unknown> {
    const message = this.sent.at(-1);
    if (!message) throw new Error('nothing sent');
    return message;
  }
}

let now = 0;
let ports: FakePort[];
let statuses: HostStatus[];
let links: string[];
let warnings: string[];
let lastError: string | undefined;

function link(extra: Partial<HostLinkOptions> = {}): HostLink {
  return new HostLink({
    connect: () => {
      const port = new FakePort();
      ports.push(port);
      return port;
    },
    lastError: () => lastError,
    now: () => now,
    onStatus: (status) => statuses.push(status),
    onLink: (l) => links.push(l),
    warn: (w) => warnings.push(w),
    retryMs: 5_000,
    ...extra,
  });
}

async function greeted(host: HostLink): Promise<FakePort> {
  const status = host.ensure();
  const port = ports.at(-1);
  if (!port) throw new Error('no port');
  port.reply({ v: 1, id: port.last().id, type: 'hello', version: '1.2.3' });
  expect(await status).toEqual({ version: '1.2.3' });
  return port;
}

beforeEach(() => {
  vi.useFakeTimers();
  now = 100_000;
  ports = [];
  statuses = [];
  links = [];
  warnings = [];
  lastError = undefined;
});
afterEach(() => vi.useRealTimers());

describe('HostLink', () => {
  it('greets the host and reports its version', async () => {
    const host = link();
    const port = await greeted(host);
    expect(port.sent[0]).toEqual({ v: 1, id: 1, type: 'hello' });
    expect(host.current).toEqual({ version: '1.2.3' });
    expect(statuses).toEqual([{ version: '1.2.3' }]);
  });

  it('forwards a run with its own id and matches the reply', async () => {
    const host = link();
    const port = await greeted(host);
    const answer = host.request(
      { v: 1, type: 'run', rule: 'crm', event: 'CALL_IN', values: {} },
      15_000,
    );
    await vi.advanceTimersByTimeAsync(0);
    const sent = port.last();
    expect(sent).toMatchObject({ type: 'run', rule: 'crm', id: 2 });
    const result = { ok: true, exitCode: 0, signal: null, timedOut: false, output: 'hi' };
    port.reply({ v: 1, id: 2, type: 'ran', result });
    expect(runResultOf(await answer)).toEqual(result);
  });

  it('says no-host, distinctly, when the host is not installed', async () => {
    const host = link();
    const answer = host.request({ v: 1, type: 'selection' }, 3_000);
    lastError = 'Specified native messaging host not found.';
    ports[0]?.drop();
    expect(runResultOf(await answer)).toEqual({
      ok: false,
      error: 'no-host',
      detail: 'the native host is not installed',
    });
    expect(host.current).toBeNull();
  });

  it('does not try again within the retry time, then does', async () => {
    const host = link();
    void host.ensure();
    ports[0]?.drop();
    expect(await host.ensure()).toBeNull();
    expect(ports).toHaveLength(1);
    now += 5_000;
    void host.ensure();
    expect(ports).toHaveLength(2);
  });

  it('fails a request the host does not answer in time', async () => {
    const host = link();
    const port = await greeted(host);
    const answer = host.request({ v: 1, type: 'selection' }, 3_000);
    await vi.advanceTimersByTimeAsync(3_001);
    expect(await answer).toEqual({
      ok: false,
      error: 'failed',
      detail: 'the native host did not answer',
    });
    // A late reply is not taken for another request.
    port.reply({ v: 1, id: 2, type: 'selection', text: 'x', detail: '' });
    expect(warnings.at(-1)).toContain('no request waiting');
  });

  it('closes a host that does not greet in time', async () => {
    const host = link();
    const status = host.ensure();
    await vi.advanceTimersByTimeAsync(3_001);
    expect(await status).toBeNull();
    expect(ports[0]?.disconnected).toBe(true);
  });

  it('fails waiting requests and reports null when the host goes away', async () => {
    const host = link();
    const port = await greeted(host);
    const answer = host.request({ v: 1, type: 'selection' }, 3_000);
    await vi.advanceTimersByTimeAsync(0);
    lastError = 'Native host has exited.';
    port.drop();
    expect(await answer).toMatchObject({ ok: false, error: 'failed' });
    expect(statuses).toEqual([{ version: '1.2.3' }, null]);
  });

  it('drops what fails the schema, passes links on, and maps refusals', async () => {
    const host = link();
    const port = await greeted(host);
    port.reply({ v: 1, type: 'link', link: 'voispeed:C 101' });
    port.reply({ v: 1, type: 'link', link: 'x'.repeat(5000) });
    port.reply({ v: 1, id: 1, type: 'hello', version: '1', extra: 1 });
    expect(links).toEqual(['voispeed:C 101']);
    expect(warnings).toHaveLength(2);
    const answer = host.request(
      { v: 1, type: 'run', rule: 'x', event: 'TEST', values: {} },
      15_000,
    );
    await vi.advanceTimersByTimeAsync(0);
    port.reply({ v: 1, id: port.last().id, type: 'refused', problem: 'values.01 is too long' });
    expect(runResultOf(await answer)).toEqual({
      ok: false,
      error: 'refused',
      detail: 'values.01 is too long',
    });
  });

  it('reads the selection the host answers', async () => {
    const host = link();
    const port = await greeted(host);
    const answer = host.request({ v: 1, type: 'selection' }, 3_000);
    await vi.advanceTimersByTimeAsync(0);
    port.reply({
      v: 1,
      id: port.last().id,
      type: 'selection',
      text: '+39 02 1',
      detail: 'PRIMARY',
    });
    expect(selectionOf(await answer)).toBe('+39 02 1');
  });

  it('lets the host go only when nothing waits', async () => {
    const host = link();
    const port = await greeted(host);
    const answer = host.request({ v: 1, type: 'selection' }, 3_000);
    await vi.advanceTimersByTimeAsync(0);
    host.release();
    expect(port.disconnected).toBe(false);
    port.reply({ v: 1, id: port.last().id, type: 'selection', text: null, detail: 'none' });
    await answer;
    host.release();
    expect(port.disconnected).toBe(true);
    expect(host.current).toBeNull();
  });
});
