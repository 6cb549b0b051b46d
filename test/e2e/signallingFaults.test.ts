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
async function proxiedPhone(
  onTestFailed: TestContext['onTestFailed'],
  reconnectLimit = '',
): Promise<PhonePage> {
  const { pbx } = started();
  proxy = await startFaultProxy(pbx.url);
  const phone = await open('100', onTestFailed);
  await phone.configure(account(pbx, '100'), proxy.url, { domain: pbx.domain, reconnectLimit });
  expect(await phone.expectRegistered(15_000)).toMatch(/Registered as 100\b/);
  return phone;
}

/** A phone straight to the PBX with its own limit for a call whose connection is lost. */
async function directPhone(
  user: string,
  onTestFailed: TestContext['onTestFailed'],
  reconnectLimit: string,
): Promise<PhonePage> {
  const { pbx } = started();
  const phone = await open(user, onTestFailed);
  await phone.configure(account(pbx, user), pbx.url, { domain: pbx.domain, reconnectLimit });
  await phone.expectRegistered(15_000);
  return phone;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

describe('a call through signalling faults', { timeout: 120_000 }, () => {
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

  it('every connection black-holed for 10 s: the call stays up, and everything works after', async ({
    onTestFailed,
  }) => {
    const alice = await proxiedPhone(onTestFailed);
    const bob = await registered('101', onTestFailed);
    await connect(alice, bob, '100', '101');
    // Every connection, the phone's next ones too, until the path is back.
    through().setAll('black-hole');
    await sleep(10_000);
    through().setAll('pass');
    await alice.expectRegistered(20_000);
    await alice.waitForCallStatus('101', /^In call [0-9:]+$/, 10_000);
    await expectAudioBetween(alice, bob, 'after the black hole');
    await hold(bob, '100');
    await alice.waitForCallStatus('101', /· Held by the other party/);
    await resume(bob, '100');
    await alice.waitForCallStatus('101', /^In call [0-9:]+$/);
    await alice.hangUp('101');
    await expect.poll(() => bob.call('100').count(), { timeout: 10_000 }).toBe(0);
  });

  it('every connection black-holed past the limit: both sides end as Connection lost', async ({
    onTestFailed,
  }) => {
    // 15 s limits (the default is 60 s) keep the test short; the black hole lasts up to 90 s.
    const alice = await proxiedPhone(onTestFailed, '15');
    const bob = await directPhone('101', onTestFailed, '15');
    await connect(alice, bob, '100', '101');
    const since = Date.now();
    through().setAll('black-hole');
    // Found dead by the in-call probe (within 10 s), then shown after a 2 s grace.
    await alice.waitForCallStatus('101', /· Reconnecting…/, 15_000);
    const shown = Date.now() - since;
    await alice.waitForCallStatus('101', /^Connection lost$/, 20_000);
    const aliceEnded = Date.now() - since;
    // The audio was still flowing; it stops with alice's end, and bob cannot reach alice.
    await bob.waitForCallStatus('100', /^Connection lost$/, 45_000);
    const bobEnded = Date.now() - since;
    console.log(
      `black hole: Reconnecting after ${shown} ms, alice ended at ${aliceEnded} ms, bob at ${bobEnded} ms`,
    );
    expect(bobEnded).toBeLessThan(90_000);
    await alice.waitForHistoryEntry([/^Outgoing 101\b/, /\d+:\d\d Connection lost/]);
    await bob.waitForHistoryEntry([/^Incoming 100\b/, /\d+:\d\d Connection lost/]);
    through().setAll('pass');
    await alice.expectRegistered(20_000);
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
