import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schedule } from '../../../src/phone/registration/connectionDeadline';
import { ConnectionProbe } from '../../../src/phone/registration/connectionProbe';
import { ConnectionReturn } from '../../../src/phone/registration/connectionReturn';
import {
  PROBE_TIMEOUT_MS,
  RETURN_CHECK_MS,
} from '../../../src/phone/registration/registrationTiming';

const schedule: Schedule = (ms, run) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};
const now = () => Date.now();

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ConnectionProbe', () => {
  it('counts a probe that throws as a dead socket', async () => {
    const dead: string[] = [];
    const probe = new ConnectionProbe(
      () => {
        throw new Error('not connected');
      },
      schedule,
      now,
    );
    probe.send((reason) => dead.push(reason));
    await vi.advanceTimersByTimeAsync(0);
    expect(dead).toEqual(['unreachable']);
  });

  it('sends one probe at a time and forgets a cancelled one', async () => {
    let answer: (ok: boolean) => void = () => {};
    let sent = 0;
    const dead: string[] = [];
    const probe = new ConnectionProbe(
      () => {
        sent += 1;
        return new Promise((resolve) => (answer = resolve));
      },
      schedule,
      now,
    );
    probe.send((reason) => dead.push(reason));
    probe.send((reason) => dead.push(reason));
    expect(sent).toBe(1);
    probe.cancel();
    answer(false);
    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS * 2);
    expect(dead).toEqual([]);
  });

  it('ignores an answer that comes after the deadline was declared', async () => {
    let answer: (ok: boolean) => void = () => {};
    const dead: string[] = [];
    const probe = new ConnectionProbe(
      () => new Promise((resolve) => (answer = resolve)),
      schedule,
      now,
    );
    probe.send((reason) => dead.push(reason));
    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
    answer(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(dead).toEqual(['timeout']);
  });
});

describe('ConnectionReturn', () => {
  it('keeps looking when the look fails or throws', async () => {
    let looks = 0;
    let back = 0;
    const watch = new ConnectionReturn(
      () => {
        looks += 1;
        if (looks === 1) throw new Error('boom');
        if (looks === 2) return Promise.reject(new Error('nope'));
        return Promise.resolve(looks === 4);
      },
      () => false,
      schedule,
      now,
    );
    watch.watch('wss://pbx1/ws', () => {
      back += 1;
    });
    await vi.advanceTimersByTimeAsync(RETURN_CHECK_MS * 6);
    expect({ looks, back }).toEqual({ looks: 4, back: 1 });
  });
});
