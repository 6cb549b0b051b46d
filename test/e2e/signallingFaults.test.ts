// Calls through signalling faults, made by a real TCP proxy (faultProxy.ts) between 100 and
// Kamailio; 101 talks to Kamailio directly. The audio goes browser to browser, so what is at stake
// is the registration and the dialog: after each fault 100 must be registered again on a new
// connection and its in-dialog requests must still reach 101, and 101's must reach 100.
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { connect, expectAudioBetween, hold, resume } from './callPage';
import { type FaultProxy, startFaultProxy } from './faultProxy';
import { account, type PhonePage } from './harness';
import { e2eSession } from './session';

const { started, open, registered } = e2eSession();
let proxy: FaultProxy | undefined;

afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
});

/** 100, registered through a new fault proxy. */
async function proxiedPhone(onTestFailed: TestContext['onTestFailed']): Promise<PhonePage> {
  const { pbx } = started();
  proxy = await startFaultProxy(pbx.url);
  const phone = await open('100', onTestFailed);
  await phone.configure(account(pbx, '100'), proxy.url, { domain: pbx.domain });
  expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
  return phone;
}

const through = (): FaultProxy => {
  if (!proxy) throw new Error('no fault proxy');
  return proxy;
};

/** Waits for the phone's second connection through the proxy, and its registration on it. */
async function reconnected(phone: PhonePage, timeoutMs: number): Promise<number> {
  const since = Date.now();
  await expect
    .poll(() => through().connections().length, { timeout: timeoutMs, interval: 200 })
    .toBeGreaterThan(1);
  const took = Date.now() - since;
  await phone.expectRegistered(10_000);
  return took;
}

describe('a call through signalling faults', { timeout: 90_000 }, () => {
  it('a black-holed connection, which still says open, is replaced, and the call goes on', async ({
    onTestFailed,
  }) => {
    const alice = await proxiedPhone(onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');
    const [first] = through().connections();
    first?.set('black-hole');
    // Probed every 5 s in a call, answered within 5 s: replaced within 10 s, and a little.
    const took = await reconnected(alice, 13_000);
    console.log(`black-holed connection replaced after ${took} ms`);
    expect(await alice.callStatus('101')).toMatch(/^In call [0-9:]+$/);
    await expectAudioBetween(alice, bob);

    // Both directions of the dialog work on the new connection.
    await hold(alice, '101');
    await bob.waitForCallStatus('100', /· Held by the other party/);
    await resume(alice, '101');
    await bob.waitForCallStatus('100', /^In call [0-9:]+$/);
    await bob.hangUp('100');
    await expect.poll(() => alice.call('101').count(), { timeout: 10_000 }).toBe(0);
  });

  it('a reset connection is opened again at once, and the call goes on', async ({
    onTestFailed,
  }) => {
    const alice = await proxiedPhone(onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');
    through().connections()[0]?.reset();
    const took = await reconnected(alice, 5_000);
    console.log(`reset connection replaced after ${took} ms`);
    await expectAudioBetween(alice, bob);
    await alice.hangUp('101');
    await expect.poll(() => bob.call('100').count(), { timeout: 10_000 }).toBe(0);
  });

  it('a slow path (a second each way) still sets a call up and ends it', async ({
    onTestFailed,
  }) => {
    const alice = await proxiedPhone(onTestFailed);
    const bob = await registered('101', onTestFailed);
    through().connections()[0]?.set({ delayMs: 1_000 });
    await connect(alice, bob, '100', '101');
    await expectAudioBetween(alice, bob);
    await bob.hangUp('100');
    await expect.poll(() => alice.call('101').count(), { timeout: 10_000 }).toBe(0);
    expect(through().connections()).toHaveLength(1);
  });
});
