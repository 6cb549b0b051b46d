// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServiceWorker, type WorkerControl } from '../../src/browser/serviceWorker';

/** A workbox-window stand-in: the test plays its events. `waiting`: a new worker is installed. */
function fakeWorker(waiting = true) {
  const handlers = new Map<string, () => void>();
  const worker = {
    addEventListener: (type: 'waiting' | 'controlling', listener: () => void) => {
      handlers.set(type, listener);
    },
    messageSkipWaiting: vi.fn(),
    register: vi.fn(async () => ({ waiting: waiting ? {} : null }) as ServiceWorkerRegistration),
    update: vi.fn(async () => undefined),
  } satisfies WorkerControl;
  return { worker, emit: (type: 'waiting' | 'controlling') => handlers.get(type)?.() };
}

/** Lets the registration (a chain of promises) finish. */
const registered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setup(waiting = true) {
  const fake = fakeWorker(waiting);
  const reload = vi.fn();
  const sw = createServiceWorker({ load: async () => fake.worker, reload, checkEveryMs: 1000 });
  const ready = vi.fn();
  sw.onUpdateReady(ready);
  return { ...fake, sw, reload, ready };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
afterEach(() => vi.useRealTimers());

describe('createServiceWorker', () => {
  it('registers once the page has loaded, and checks for a new version every interval', async () => {
    const { sw, worker } = setup();
    sw.register();
    await registered();
    expect(worker.register).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(worker.update).toHaveBeenCalledTimes(3);
  });

  it('says when a new version waits, also to a listener that comes later', async () => {
    const { sw, emit, ready } = setup();
    sw.register();
    await registered();
    expect(ready).not.toHaveBeenCalled();
    emit('waiting');
    expect(ready).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    sw.onUpdateReady(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('switches on request and reloads once the new worker controls, if still idle', async () => {
    const { sw, emit, worker, reload } = setup();
    sw.register();
    await registered();
    emit('waiting');
    sw.applyUpdate(() => true);
    expect(worker.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload for a call that started meanwhile, and says the version is ready', async () => {
    const { sw, emit, reload, ready } = setup();
    sw.register();
    await registered();
    emit('waiting');
    sw.applyUpdate(() => false);
    emit('controlling');
    expect(reload).not.toHaveBeenCalled();
    expect(ready).toHaveBeenCalledTimes(2);
  });

  it('reloads only this page when another window already switched the worker', async () => {
    const { sw, emit, worker, reload } = setup(false);
    sw.register();
    await registered();
    emit('controlling');
    sw.applyUpdate();
    expect(worker.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing before a version is ready, nor without a worker to register', async () => {
    const { sw, reload } = setup();
    sw.applyUpdate();
    expect(reload).not.toHaveBeenCalled();
    const none = createServiceWorker({ load: null, reload });
    none.register();
    await registered();
    none.applyUpdate();
    expect(reload).not.toHaveBeenCalled();
  });

  it('shares no state with another instance', async () => {
    const a = setup();
    const b = setup();
    a.sw.register();
    b.sw.register();
    await registered();
    a.emit('waiting');
    expect(a.ready).toHaveBeenCalledTimes(1);
    expect(b.ready).not.toHaveBeenCalled();
    b.sw.applyUpdate();
    expect(b.worker.messageSkipWaiting).not.toHaveBeenCalled();
    a.sw.applyUpdate();
    expect(a.worker.messageSkipWaiting).toHaveBeenCalledTimes(1);
  });
});
