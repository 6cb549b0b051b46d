import { describe, expect, it, vi } from 'vitest';
import { RegistrationKeeper } from '../../../src/phone/registration/registrationKeeper';
import {
  CONNECT_TIMEOUT_MS,
  KEEPALIVE_IN_CALL_MS,
  KEEPALIVE_MS,
  PROBE_TIMEOUT_MS,
  REGISTER_EXPIRES_S,
  REGISTER_TIMEOUT_MS,
} from '../../../src/phone/registration/registrationTiming';
import {
  advance,
  connects,
  fakeClockEachTest,
  frozen,
  hiddenTab,
  onTime,
  setup,
  U1,
  U2,
} from './keeperHarness';

fakeClockEachTest();

describe('RegistrationKeeper: keepalive', () => {
  it('connects to the first URL, then probes every keepalive interval while answered', async () => {
    const { effects, last, registerOn } = setup();
    registerOn();
    expect(last()).toEqual({ kind: 'registered', url: U1, backup: false });
    await advance(KEEPALIVE_MS * 3);
    expect(effects).toEqual([`connect ${U1}`, 'probe', 'probe', 'probe']);
    expect(last()?.kind).toBe('registered');
  });

  it('probes every 5 s while a call is live, so a silently dead socket goes within 10 s', async () => {
    const { keeper, effects, net, last, registerOn } = setup();
    registerOn();
    await advance(1_000);
    // A call begins 1 s into the idle interval: the next probe comes 5 s later, not 19.
    net.liveCalls = true;
    keeper.callStarted();
    await advance(KEEPALIVE_IN_CALL_MS * 3);
    expect(effects).toEqual([`connect ${U1}`, 'probe', 'probe', 'probe']);
    net.probe = 'silent';
    await advance(KEEPALIVE_IN_CALL_MS + PROBE_TIMEOUT_MS);
    expect(last()).toMatchObject({ kind: 'reconnecting', reason: 'timeout' });
  });

  it('declares an unanswered probe a dead socket and reconnects', async () => {
    const { effects, net, last, registerOn } = setup();
    registerOn();
    net.probe = 'silent';
    await advance(KEEPALIVE_MS + PROBE_TIMEOUT_MS - 1);
    expect(last()?.kind).toBe('registered');
    await advance(1);
    expect(last()).toMatchObject({ kind: 'reconnecting', attempt: 1, reason: 'timeout', url: U1 });
    await advance(500);
    expect(connects(effects)).toEqual([`connect ${U1}`, `connect ${U1}`]);
    expect(last()).toMatchObject({ kind: 'connecting', attempt: 1 });
  });

  it('reconnects at once when the probe fails on a closed transport', async () => {
    const { net, last, registerOn } = setup();
    registerOn();
    net.probe = 'no';
    await advance(KEEPALIVE_MS);
    expect(last()).toMatchObject({ kind: 'reconnecting', reason: 'unreachable' });
  });

  it('gives up on a socket that never opens, and on a registration that never comes', async () => {
    const { keeper, last } = setup();
    keeper.start();
    await advance(CONNECT_TIMEOUT_MS);
    expect(last()).toMatchObject({ kind: 'reconnecting', reason: 'timeout' });
    await advance(500);
    keeper.connected(U1);
    await advance(REGISTER_TIMEOUT_MS);
    expect(last()).toMatchObject({ kind: 'reconnecting', attempt: 2, reason: 'timeout' });
  });

  it('ignores the disconnect and failure that its own connect() causes', () => {
    const states: string[] = [];
    const keeper: RegistrationKeeper = new RegistrationKeeper({
      urls: [U1],
      now: () => Date.now(),
      schedule: onTime,
      hasLiveCalls: () => false,
      onState: (state) => states.push(state.kind),
      connect: () => {
        keeper.disconnected(U1);
        keeper.registrationFailed('unreachable');
      },
      register: () => {},
      probe: () => Promise.resolve(true),
      reachable: () => Promise.resolve(true),
    });
    keeper.start();
    expect(states).toEqual(['connecting']);
  });
});

describe('RegistrationKeeper: registration refresh', () => {
  it('refreshes before expiry even when a hidden tab runs timers once a minute', async () => {
    const { keeper, effects, states, registerOn } = setup({ schedule: hiddenTab });
    const registeredAt: number[] = [Date.now()];
    registerOn();
    // JsSIP's own refresh timer is assumed throttled into uselessness: only the keeper's counts.
    for (let minute = 0; minute < 8 * 60; minute += 1) {
      const before = effects.filter((e) => e === 'register').length;
      await advance(60_000);
      if (effects.filter((e) => e === 'register').length > before) {
        keeper.refreshed(REGISTER_EXPIRES_S);
        registeredAt.push(Date.now());
      }
    }
    const gaps = registeredAt.slice(1).map((t, i) => t - (registeredAt[i] ?? 0));
    expect(Math.max(...gaps)).toBeLessThan(REGISTER_EXPIRES_S * 1000 - 30_000);
    expect(states.map((s) => s.kind)).toEqual(['connecting', 'registered']);
  });

  it('counts a refresh as a new registration, and only while registered', async () => {
    const { keeper, last, registerOn } = setup({ schedule: frozen });
    registerOn();
    vi.setSystemTime(Date.now() + REGISTER_EXPIRES_S * 500);
    keeper.refreshed(REGISTER_EXPIRES_S);
    vi.setSystemTime(Date.now() + REGISTER_EXPIRES_S * 600);
    keeper.visible();
    expect(last()).toMatchObject({ kind: 'registered' });

    const connecting = setup();
    connecting.keeper.start();
    connecting.keeper.refreshed(REGISTER_EXPIRES_S);
    expect(connecting.last()).toMatchObject({ kind: 'connecting' });
  });

  it('catches up on visibility when a frozen page ran no timer', async () => {
    const { keeper, effects, registerOn } = setup({ schedule: frozen });
    registerOn();
    vi.setSystemTime(Date.now() + KEEPALIVE_MS - 1);
    keeper.visible();
    expect(effects).not.toContain('probe');
    vi.setSystemTime(Date.now() + 1);
    keeper.visible();
    expect(effects).toContain('probe');
  });

  it('reconnects when the page slept past expiry, without waiting for a probe', async () => {
    const { keeper, last, registerOn } = setup({ schedule: frozen });
    registerOn();
    vi.setSystemTime(Date.now() + REGISTER_EXPIRES_S * 1000);
    keeper.visible();
    expect(last()).toMatchObject({ kind: 'reconnecting', reason: 'timeout' });
  });

  it('uses a short expiry granted by the PBX', async () => {
    const { keeper, effects } = setup();
    keeper.start();
    keeper.connected(U1);
    keeper.registered(60);
    await advance(KEEPALIVE_MS);
    expect(effects).not.toContain('register');
    await advance(KEEPALIVE_MS);
    expect(effects).toContain('register');
  });
});

describe('RegistrationKeeper: failures', () => {
  it.each(['wrong-credentials', 'unknown-user', 'bad-settings'] as const)(
    'stops on %s: retrying cannot fix it',
    async (reason) => {
      const { keeper, effects, last } = setup();
      keeper.start();
      keeper.connected(U1);
      keeper.registrationFailed(reason);
      await advance(10 * 60_000);
      expect(last()).toEqual({ kind: 'failed', url: U1, reason });
      expect(effects).toEqual([`connect ${U1}`]);
    },
  );

  it.each(['rejected', 'timeout', 'unreachable'] as const)('retries on %s', (reason) => {
    const { keeper, last } = setup();
    keeper.start();
    keeper.connected(U1);
    keeper.registrationFailed(reason);
    expect(last()).toMatchObject({ kind: 'reconnecting', reason });
  });

  it('fails at once without any usable URL, and drops empty and repeated ones', () => {
    expect(setup({ urls: ['', ''] }).keeper.current()).toEqual({ kind: 'stopped' });
    const empty = setup({ urls: ['', ''] });
    empty.keeper.start();
    expect(empty.last()).toEqual({ kind: 'failed', url: '', reason: 'bad-settings' });
    const twice = setup({ urls: ['', U1, U1] });
    twice.keeper.start();
    twice.keeper.disconnected(U1);
    twice.keeper.disconnected(U1);
    expect(twice.last()).toMatchObject({ url: U1, backup: false });
  });

  it('treats a nonsense expiry as the shortest one', async () => {
    const { keeper, effects } = setup();
    keeper.start();
    keeper.connected(U1);
    keeper.registered(Number.NaN);
    await advance(KEEPALIVE_MS);
    expect(effects).not.toContain('register');
  });
});

describe('RegistrationKeeper: stop', () => {
  it('cancels every timer and ignores whatever JsSIP still says', async () => {
    const { keeper, effects, states, net, registerOn } = setup({ urls: [U1, U2] });
    registerOn();
    net.probe = 'silent';
    await advance(KEEPALIVE_MS);
    const before = { effects: effects.length, states: states.length };
    keeper.stop();
    keeper.disconnected(U1);
    keeper.registered(300);
    keeper.online();
    keeper.visible();
    await advance(60 * 60_000);
    expect({ effects: effects.length, states: states.length }).toEqual(before);
    expect(vi.getTimerCount()).toBe(0);
  });
});
