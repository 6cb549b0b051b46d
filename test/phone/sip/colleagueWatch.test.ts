// The colleagues' subscriptions over fake JsSIP Subscribers: the list in step with the setting,
// states from dialog and presence NOTIFY bodies, every subscription afresh after a reconnect,
// retries after a failure, and presence given up where the PBX refuses it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ColleagueWatch,
  type EventPackage,
  type Subscription,
} from '../../../src/phone/sip/colleagueWatch';
import type { ColleagueChange } from '../../../src/phone/sipPort';

class FakeSubscription implements Subscription {
  subscribed = 0;
  terminated = 0;
  private listeners = new Map<string, (...args: never[]) => void>();
  constructor(
    readonly user: string,
    readonly eventPackage: EventPackage,
  ) {}
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
const pidf = (basic: string) =>
  `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:x@y"><tuple id="t"><status><basic>${basic}</basic></status></tuple></presence>`;
const PIDF = 'application/pidf+xml';

function setUp() {
  const all: FakeSubscription[] = [];
  const changes: ColleagueChange[] = [];
  const watch = new ColleagueWatch(
    (user, eventPackage) => {
      const s = new FakeSubscription(user, eventPackage);
      all.push(s);
      return s;
    },
    (change) => changes.push(change),
  );
  /** The subscriptions made so far to one package, oldest first. */
  const made = (eventPackage: EventPackage = 'dialog') =>
    all.filter((s) => s.eventPackage === eventPackage);
  const live = (user: string, eventPackage: EventPackage = 'dialog') =>
    made(eventPackage)
      .filter((s) => s.user === user)
      .at(-1) as FakeSubscription;
  return { watch, made, all, changes, live };
}

/** Lets the microtask that follows an 'active' without a body run. */
const settle = () => Promise.resolve();

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ColleagueWatch', () => {
  it('subscribes to both packages only once registered, and follows the list as it changes', () => {
    const { watch, made } = setUp();
    watch.watch(['101', '102']);
    expect(made()).toEqual([]);
    watch.online();
    for (const eventPackage of ['dialog', 'presence'] as const) {
      expect(made(eventPackage).map((s) => [s.user, s.subscribed])).toEqual([
        ['101', 1],
        ['102', 1],
      ]);
    }
    watch.watch(['102', '103']);
    expect(made().map((s) => [s.user, s.terminated])).toEqual([
      ['101', 1],
      ['102', 0],
      ['103', 0],
    ]);
    expect(made('presence').map((s) => [s.user, s.terminated])).toEqual([
      ['101', 1],
      ['102', 0],
      ['103', 0],
    ]);
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

  it('shows a colleague with no registered phone as offline, and idle once one registers', async () => {
    const { watch, changes, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('active');
    // Active without a document: nothing is published for them.
    live('101', 'presence').emit('active');
    await settle();
    live('101', 'presence').emit('notify', false, {}, pidf('open'), PIDF);
    live('101', 'presence').emit('notify', false, {}, pidf('closed'), PIDF);
    // A body that says nothing of reachability, or a foreign one, changes nothing.
    live('101', 'presence').emit('notify', false, {}, '<presence/>', PIDF);
    live('101', 'presence').emit('notify', false, {}, pidf('open'), 'text/plain');
    expect(changes.map((c) => c.state)).toEqual(['idle', 'offline', 'idle', 'offline']);
  });

  it('takes the document that comes with the first NOTIFY over the empty guess', async () => {
    const { watch, changes, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('active');
    live('101', 'presence').emit('active');
    live('101', 'presence').emit('notify', false, {}, pidf('open'), PIDF);
    await settle();
    expect(changes.map((c) => c.state)).toEqual(['idle']);
  });

  it('shows a call even where presence says closed, and offline before the dialogs are known', () => {
    const { watch, changes, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101', 'presence').emit('notify', false, {}, pidf('closed'), PIDF);
    live('101').emit('notify', false, {}, dialogInfo('confirmed'), TYPE);
    expect(changes.map((c) => c.state)).toEqual(['offline', 'busy']);
  });

  it('gives presence up where the PBX refuses it, and asks again after a reconnect', () => {
    const { watch, made, changes, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('active');
    live('101', 'presence').emit('terminated', 2, undefined, undefined);
    vi.advanceTimersByTime(600_000);
    expect(made('presence')).toHaveLength(1);
    expect(changes.map((c) => c.state)).toEqual(['idle']);
    watch.offline();
    watch.online();
    expect(made('presence')).toHaveLength(2);
    // A presence subscription that timed out is tried again, like a dialog one.
    live('101', 'presence').emit('terminated', 0, undefined, undefined);
    vi.advanceTimersByTime(2_000);
    expect(made('presence')).toHaveLength(3);
  });

  it('starts every subscription afresh after a reconnect, with states unknown meanwhile', () => {
    const { watch, made, changes, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('notify', false, {}, dialogInfo('confirmed'), TYPE);
    watch.offline();
    expect(made()[0]?.terminated).toBe(1);
    expect(made('presence')[0]?.terminated).toBe(1);
    expect(changes.at(-1)).toEqual({ user: '101', state: 'unknown', canPickUp: false });
    watch.online();
    expect(made()).toHaveLength(2);
    expect(made()[1]?.subscribed).toBe(1);
    expect(made('presence')[1]?.subscribed).toBe(1);
  });

  it('tries a failed subscription again, later each time, and not once unwatched', () => {
    const { watch, made, live } = setUp();
    watch.watch(['101']);
    watch.online();
    live('101').emit('terminated', 2, undefined, undefined);
    vi.advanceTimersByTime(1_999);
    expect(made()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(made()).toHaveLength(2);
    live('101').emit('terminated', 2, undefined, undefined);
    vi.advanceTimersByTime(3_999);
    expect(made()).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(made()).toHaveLength(3);
    // Retry-After from a final NOTIFY is honoured.
    live('101').emit('terminated', 6, 'probation', 60);
    vi.advanceTimersByTime(59_999);
    expect(made()).toHaveLength(3);
    watch.watch([]);
    vi.advanceTimersByTime(600_000);
    expect(made()).toHaveLength(3);
  });

  it('ends every subscription on stop', () => {
    const { watch, all } = setUp();
    watch.watch(['101', '102']);
    watch.online();
    watch.stop();
    expect(all.map((s) => s.terminated)).toEqual([1, 1, 1, 1]);
  });
});
