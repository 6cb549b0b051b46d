// The colleagues' subscriptions over fake JsSIP Subscribers: the list in step with the setting,
// states from NOTIFY bodies, every subscription afresh after a reconnect, retries after a failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ColleagueWatch, type Subscription } from '../../../src/phone/sip/colleagueWatch';
import type { ColleagueChange } from '../../../src/phone/sipPort';

class FakeSubscription implements Subscription {
  subscribed = 0;
  terminated = 0;
  private listeners = new Map<string, (...args: never[]) => void>();
  constructor(readonly user: string) {}
  on(event: string, fn: (...args: never[]) => void) {
    this.listeners.set(event, fn);
  }
  subscribe() {
    this.subscribed += 1;
  }
  terminate() {
    this.terminated += 1;
  }
  removeAllListeners() {
    this.listeners.clear();
  }
  emit(event: string, ...args: unknown[]) {
    (this.listeners.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args);
  }
}

const dialogInfo = (state: string, direction = 'recipient') =>
  `<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="1" state="full" entity="sip:x@y"><dialog id="d" direction="${direction}"><state>${state}</state></dialog></dialog-info>`;
const TYPE = 'application/dialog-info+xml';

function setUp() {
  const made: FakeSubscription[] = [];
  const changes: ColleagueChange[] = [];
  const watch = new ColleagueWatch(
    (user) => {
      const s = new FakeSubscription(user);
      made.push(s);
      return s;
    },
    (change) => changes.push(change),
  );
  const live = (user: string) => made.filter((s) => s.user === user).at(-1) as FakeSubscription;
  return { watch, made, changes, live };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ColleagueWatch', () => {
  it('subscribes only once registered, and follows the list as it changes', () => {
    const { watch, made } = setUp();
    watch.watch(['101', '102']);
    expect(made).toEqual([]);
    watch.online();
    expect(made.map((s) => [s.user, s.subscribed])).toEqual([
      ['101', 1],
      ['102', 1],
    ]);
    watch.watch(['102', '103']);
    expect(made[0]?.terminated).toBe(1);
    expect(made[1]?.terminated).toBe(0);
    expect(made.map((s) => s.user)).toEqual(['101', '102', '103']);
  });

  it('reports states from NOTIFYs: idle when active with no body, then ringing, in a call', () => {
    const { watch, changes, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('active');
    live('101').emit('notify', false, {}, dialogInfo('early'), TYPE);
    live('101').emit('notify', false, {}, dialogInfo('confirmed'), TYPE);
    // A hostile or foreign body changes nothing.
    live('101').emit('notify', false, {}, '<!DOCTYPE x><dialog-info/>', TYPE);
    live('101').emit('notify', false, {}, dialogInfo('terminated'), 'text/html');
    expect(changes).toEqual([
      { user: '101', state: 'idle', canPickUp: false },
      { user: '101', state: 'ringing', canPickUp: true },
      { user: '101', state: 'busy', canPickUp: false },
    ]);
  });

  it('starts every subscription afresh after a reconnect, with states unknown meanwhile', () => {
    const { watch, made, changes, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('notify', false, {}, dialogInfo('confirmed'), TYPE);
    watch.offline();
    expect(made[0]?.terminated).toBe(1);
    expect(changes.at(-1)).toEqual({ user: '101', state: 'unknown', canPickUp: false });
    watch.online();
    expect(made).toHaveLength(2);
    expect(made[1]?.subscribed).toBe(1);
  });

  it('tries a failed subscription again, later each time, and not once unwatched', () => {
    const { watch, made, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('terminated', 2, undefined, undefined);
    vi.advanceTimersByTime(1_999);
    expect(made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(made).toHaveLength(2);
    live('101').emit('terminated', 2, undefined, undefined);
    vi.advanceTimersByTime(3_999);
    expect(made).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(made).toHaveLength(3);
    // Retry-After from a final NOTIFY is honoured.
    live('101').emit('terminated', 6, 'probation', 60);
    vi.advanceTimersByTime(59_999);
    expect(made).toHaveLength(3);
    watch.watch([]);
    vi.advanceTimersByTime(600_000);
    expect(made).toHaveLength(3);
  });

  it('ends every subscription on stop', () => {
    const { watch, made } = setUp();
    watch.watch(['101', '102']);
    watch.online();
    watch.stop();
    expect(made.map((s) => s.terminated)).toEqual([1, 1]);
  });
});
