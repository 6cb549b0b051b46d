// A RegistrationKeeper with recorded effects and a scriptable network, for the keeper's tests.
import { afterEach, beforeEach, vi } from 'vitest';
import type { Schedule } from '../../../src/phone/registration/connectionDeadline';
import type { ConnectionState } from '../../../src/phone/registration/connectionState';
import { RegistrationKeeper } from '../../../src/phone/registration/registrationKeeper';
import { REGISTER_EXPIRES_S } from '../../../src/phone/registration/registrationTiming';

export const U1 = 'wss://pbx1.example.com:8089/ws';
export const U2 = 'wss://pbx2.example.com:8089/ws';

export const onTime: Schedule = (ms, run) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};
/** Chrome's intensive throttling: a hidden tab's timers run only on whole-minute wake-ups. */
export const hiddenTab: Schedule = (ms, run) => {
  const due = Math.ceil((Date.now() + ms) / 60_000) * 60_000;
  const timer = setTimeout(run, due - Date.now());
  return () => clearTimeout(timer);
};
/** A frozen page: no timer runs at all. */
export const frozen: Schedule = () => () => {};

type Answer = 'yes' | 'no' | 'silent';

export function setup(options: { urls?: string[]; schedule?: Schedule; random?: number } = {}) {
  const effects: string[] = [];
  const connectedAt: number[] = [];
  const states: ConnectionState[] = [];
  const net = {
    probe: 'yes' as Answer,
    /** 'later': the look hangs until the test calls `answer`. */
    reachable: true as boolean | 'later',
    answer: (_ok: boolean) => {},
    liveCalls: false,
    /** When set, every connect() plays a PBX that is up (registers) or down (refuses) at once. */
    pbxUp: undefined as boolean | undefined,
  };
  const keeper: RegistrationKeeper = new RegistrationKeeper({
    urls: options.urls ?? [U1],
    now: () => Date.now(),
    schedule: options.schedule ?? onTime,
    random: () => options.random ?? 0,
    hasLiveCalls: () => net.liveCalls,
    onState: (state) => states.push(state),
    connect: (url) => {
      effects.push(`connect ${url}`);
      connectedAt.push(Date.now());
      if (net.pbxUp === undefined) return;
      const up = net.pbxUp;
      queueMicrotask(() => {
        if (!up) return keeper.disconnected(url);
        keeper.connected(url);
        keeper.registered(REGISTER_EXPIRES_S);
      });
    },
    register: () => effects.push('register'),
    probe: () => {
      effects.push('probe');
      if (net.probe === 'silent') return new Promise(() => {});
      return Promise.resolve(net.probe === 'yes');
    },
    reachable: (url) => {
      effects.push(`reachable ${url}`);
      if (net.reachable !== 'later') return Promise.resolve(net.reachable);
      return new Promise((resolve) => {
        net.answer = resolve;
      });
    },
  });
  const last = () => states.at(-1);
  /** Start and register on the first URL. */
  const registerOn = (url = U1) => {
    keeper.start();
    keeper.connected(url);
    keeper.registered(REGISTER_EXPIRES_S);
  };
  return { keeper, effects, connectedAt, states, net, last, registerOn };
}

export const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
export const connects = (effects: string[]) => effects.filter((e) => e.startsWith('connect'));

/** Fake timers and clock for every test of the file. */
export function fakeClockEachTest() {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
