import { describe, expect, it } from 'vitest';
import { RETURN_CHECK_MS } from '../../../src/phone/registration/registrationTiming';
import { advance, connects, fakeClockEachTest, setup, U1, U2 } from './keeperHarness';

fakeClockEachTest();

describe('RegistrationKeeper: backoff', () => {
  /** Fails every attempt at once; returns the delays between connect() calls. */
  async function delaysOverAnOutage(ms: number, random = 0) {
    const { keeper, connectedAt, net, registerOn } = setup({ random });
    registerOn();
    net.pbxUp = false;
    keeper.disconnected(U1);
    const lostAt = Date.now();
    await advance(ms);
    return connectedAt.slice(1).map((t, i) => t - (i === 0 ? lostAt : (connectedAt[i] ?? 0)));
  }

  it('doubles from 0.5 s, at most 3 s apart in the first minute, never over 30 s', async () => {
    const delays = await delaysOverAnOutage(20 * 60_000);
    expect(delays.slice(0, 6)).toEqual([500, 1000, 2000, 3000, 3000, 3000]);
    expect(Math.max(...delays)).toBe(30_000);
    expect(delays.slice(-3)).toEqual([30_000, 30_000, 30_000]);
  });

  it('spreads phones out with jitter, never beyond the nominal delay', async () => {
    const delays = await delaysOverAnOutage(10_000, 0.99);
    expect(delays.slice(0, 3)).toEqual([352, 703, 1406]);
  });

  it.each([300, 1_000, 2_500, 4_000, 10_000, 30_000, 50_000])(
    'is registered within 5 s of a PBX that comes back after %i ms',
    async (outageMs) => {
      const { keeper, states, net, registerOn } = setup();
      registerOn();
      net.pbxUp = false;
      keeper.disconnected(U1);
      await advance(outageMs);
      net.pbxUp = true;
      const backAt = Date.now();
      const registeredBefore = states.filter((s) => s.kind === 'registered').length;
      while (states.filter((s) => s.kind === 'registered').length === registeredBefore) {
        await advance(10);
      }
      expect(Date.now() - backAt).toBeLessThanOrEqual(5_000);
    },
  );

  it('starts again from 0.5 s after a success', async () => {
    const { keeper, last, registerOn } = setup();
    registerOn();
    for (let i = 0; i < 4; i += 1) {
      keeper.disconnected(U1);
      await advance(60_000);
    }
    keeper.connected(U1);
    keeper.registered(300);
    keeper.disconnected(U1);
    expect(last()).toMatchObject({ attempt: 1, retryAt: Date.now() + 500 });
  });
});

describe('RegistrationKeeper: the browser goes offline', () => {
  it('shows the network down at once and tries nothing until it is back', async () => {
    const { keeper, effects, last, registerOn } = setup();
    registerOn();
    keeper.disconnected(U1);
    keeper.offline();
    expect(last()).toEqual({ kind: 'network-offline' });
    await advance(30 * 60_000);
    expect(effects).toEqual([`connect ${U1}`]);
    keeper.online();
    expect(effects).toEqual([`connect ${U1}`, `connect ${U1}`]);
    expect(last()).toMatchObject({ kind: 'connecting', attempt: 0 });
  });

  it('keeps a socket that outlived a short outage and probes it at once', () => {
    const { keeper, effects, last, registerOn } = setup();
    registerOn();
    keeper.offline();
    keeper.online();
    expect(last()).toMatchObject({ kind: 'registered' });
    expect(effects).toEqual([`connect ${U1}`, 'probe']);
  });

  it('retries at once when the network returns during a backoff wait', async () => {
    const { keeper, effects, registerOn } = setup();
    registerOn();
    keeper.disconnected(U1);
    keeper.online();
    expect(connects(effects)).toHaveLength(2);
  });

  it('believes a registration that arrives while the browser says offline', () => {
    const { keeper, last } = setup();
    keeper.start();
    keeper.offline();
    keeper.connected(U1);
    expect(last()).toEqual({ kind: 'network-offline' });
    keeper.registered(300);
    expect(last()).toMatchObject({ kind: 'registered' });
  });
});

describe('RegistrationKeeper: failover and return', () => {
  async function onBackup() {
    const t = setup({ urls: [U1, U2] });
    t.keeper.start();
    t.keeper.disconnected(U1);
    await advance(500);
    t.keeper.disconnected(U1);
    await advance(1000);
    expect(connects(t.effects)).toEqual([`connect ${U1}`, `connect ${U1}`, `connect ${U2}`]);
    t.keeper.connected(U2);
    t.keeper.registered(300);
    expect(t.last()).toEqual({ kind: 'registered', url: U2, backup: true });
    return t;
  }

  it('moves to the second URL when the first is unreachable', async () => {
    await onBackup();
  });

  it('returns to the first URL once it answers and no call is live', async () => {
    const { effects, net, last } = await onBackup();
    net.reachable = false;
    await advance(RETURN_CHECK_MS);
    expect(effects.filter((e) => e.startsWith('reachable'))).toEqual([`reachable ${U1}`]);
    expect(last()?.kind).toBe('registered');
    net.reachable = true;
    await advance(RETURN_CHECK_MS);
    expect(connects(effects).at(-1)).toBe(`connect ${U1}`);
    expect(last()).toEqual({ kind: 'connecting', url: U1, backup: false, attempt: 0 });
  });

  it('never switches during a live call, and does not even look', async () => {
    const { effects, net, last } = await onBackup();
    net.liveCalls = true;
    await advance(RETURN_CHECK_MS * 5);
    expect(effects.filter((e) => e.startsWith('reachable'))).toEqual([]);
    expect(last()).toMatchObject({ kind: 'registered', url: U2 });
    net.liveCalls = false;
    await advance(RETURN_CHECK_MS);
    expect(last()).toMatchObject({ kind: 'connecting', url: U1 });
  });

  it('does not switch when a call starts while it looks', async () => {
    const { effects, net, last } = await onBackup();
    net.reachable = 'later';
    await advance(RETURN_CHECK_MS);
    net.liveCalls = true;
    net.answer(true);
    await advance(0);
    expect(connects(effects).at(-1)).toBe(`connect ${U2}`);
    expect(last()).toMatchObject({ kind: 'registered', url: U2 });
  });
});
