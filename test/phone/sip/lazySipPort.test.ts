import { describe, expect, it } from 'vitest';
import { LazySipPort } from '../../../src/phone/sip/lazySipPort';
import type { RegistrationChange, SipPortListener } from '../../../src/phone/sipPort';
import { ACCOUNT, FakeSip } from '../fakeSip';

function recorder() {
  const changes: RegistrationChange[] = [];
  const listener: SipPortListener = {
    registration: (c) => changes.push(c),
    incoming: () => {},
    presence: () => {},
  };
  return { changes, listener };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('LazySipPort', () => {
  it('says it is connecting while the code loads, then starts the real port once', async () => {
    const real = new FakeSip();
    const load = deferred<FakeSip>();
    let loads = 0;
    const port = new LazySipPort(() => {
      loads += 1;
      return load.promise;
    });
    const { changes, listener } = recorder();
    port.start(ACCOUNT, listener);
    port.start(ACCOUNT, listener);
    expect(changes.map((c) => c.state)).toEqual(['connecting', 'connecting']);
    expect(() => port.call('101', '100')).toThrow();
    load.resolve(real);
    await load.promise;
    await Promise.resolve();
    expect(loads).toBe(1);
    expect(real.started).toBe(1);
    expect(port.call('101', '100').facts.remoteNumber).toBe('101');
  });

  it('fetches the code on prefetch, once, and starts on it without a second load', async () => {
    const real = new FakeSip();
    let loads = 0;
    const port = new LazySipPort(async () => {
      loads += 1;
      return real;
    });
    port.prefetch();
    port.prefetch();
    await Promise.resolve();
    port.start(ACCOUNT, recorder().listener);
    await Promise.resolve();
    await Promise.resolve();
    expect(loads).toBe(1);
    expect(real.started).toBe(1);
  });

  it('fetches again on start when the prefetch failed', async () => {
    const real = new FakeSip();
    let loads = 0;
    const port = new LazySipPort(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return real;
    });
    port.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    port.start(ACCOUNT, recorder().listener);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(2);
    expect(real.started).toBe(1);
  });

  it('does not start when stopped before the code arrived', async () => {
    const real = new FakeSip();
    const load = deferred<FakeSip>();
    const port = new LazySipPort(() => load.promise);
    port.start(ACCOUNT, recorder().listener);
    port.stop();
    load.resolve(real);
    await load.promise;
    await Promise.resolve();
    expect(real.started).toBe(0);
  });

  it('reports a failed load as unreachable and loads again on the next start', async () => {
    const attempts: ReturnType<typeof deferred<FakeSip>>[] = [];
    const port = new LazySipPort(() => {
      attempts.push(deferred<FakeSip>());
      return (attempts.at(-1) as ReturnType<typeof deferred<FakeSip>>).promise;
    });
    const { changes, listener } = recorder();
    port.start(ACCOUNT, listener);
    attempts[0]?.reject(new Error('offline'));
    await attempts[0]?.promise.catch(() => {});
    await Promise.resolve();
    expect(changes.at(-1)).toMatchObject({ state: 'failed', reason: 'unreachable' });
    port.start(ACCOUNT, listener);
    expect(attempts).toHaveLength(2);
  });
});
