import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHECK_TIMEOUT_MS,
  canOpenSipSocket,
  type OpenSocket,
} from '../../../src/phone/registration/connectionCheck';

class FakeSocket {
  static last: FakeSocket | undefined;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onclose: (() => void) | null = null;
  closed: number[] = [];
  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.last = this;
  }
  close(code: number) {
    this.closed.push(code);
  }
}

const open: OpenSocket = (url, protocol) => new FakeSocket(url, protocol) as unknown as WebSocket;
const sock = () => {
  if (!FakeSocket.last) throw new Error('no socket');
  return FakeSocket.last;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('canOpenSipSocket', () => {
  it('answers true once a sip WebSocket opens, and closes it at once', async () => {
    const answer = canOpenSipSocket('wss://pbx1/ws', open);
    expect(sock().protocol).toBe('sip');
    sock().onopen?.();
    await expect(answer).resolves.toBe(true);
    expect(sock().closed).toEqual([1000]);
  });

  it.each(['onerror', 'onclose'] as const)('answers false on %s', async (event) => {
    const answer = canOpenSipSocket('wss://pbx1/ws', open);
    sock()[event]?.();
    await expect(answer).resolves.toBe(false);
  });

  it('answers false when nothing happens within the timeout', async () => {
    const answer = canOpenSipSocket('wss://blackhole/ws', open);
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
    await expect(answer).resolves.toBe(false);
    expect(sock().closed).toEqual([1000]);
  });

  it('answers false for a URL the browser refuses outright', async () => {
    const throwing: OpenSocket = () => {
      throw new SyntaxError('bad url');
    };
    await expect(canOpenSipSocket('http://x y', throwing)).resolves.toBe(false);
  });

  it('answers once, whatever the socket does afterwards', async () => {
    const answer = canOpenSipSocket('wss://pbx1/ws', open);
    const socket = sock();
    socket.onopen?.();
    expect(socket.onclose).toBeNull();
    await expect(answer).resolves.toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
