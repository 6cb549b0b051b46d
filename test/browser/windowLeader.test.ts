// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  createWindowLeader,
  type LeaderState,
  type LockRequester,
} from '../../src/browser/windowLeader';
import { fakeLockManager } from './fakeLocks';

/** Lets the fake lock manager's microtasks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function twoWindows() {
  const manager = fakeLockManager();
  const windowA = manager.window();
  const windowB = manager.window();
  const a = createWindowLeader({ locks: windowA.locks });
  const b = createWindowLeader({ locks: windowB.locks });
  return { manager, windowA, windowB, a, b };
}

function record(leader: ReturnType<typeof createWindowLeader>): LeaderState[] {
  const seen: LeaderState[] = [];
  leader.onChange((state) => seen.push(state));
  return seen;
}

describe('createWindowLeader', () => {
  it('lets the first window lead and the second follow', async () => {
    const { a, b } = twoWindows();
    expect(a.state()).toBe('unknown');
    const seenA = record(a);
    expect(await a.claim()).toBe(true);
    expect(await b.claim()).toBe(false);
    expect([a.state(), b.state()]).toEqual(['leader', 'follower']);
    expect(seenA).toEqual(['leader']);
    expect(a.coordinated()).toBe(true);
  });

  it('does not ask again while it leads', async () => {
    const { a } = twoWindows();
    await a.claim();
    expect(await a.claim()).toBe(true);
    expect(await a.waitForLeadership()).toBe(true);
    expect(await a.takeOver()).toBe(true);
    expect(a.state()).toBe('leader');
  });

  it('asks once for two claims at the same moment, and leads', async () => {
    const { a } = twoWindows();
    const seen = record(a);
    const [first, second] = await Promise.all([a.claim(), a.claim()]);
    expect([first, second]).toEqual([true, true]);
    expect(seen).toEqual(['leader']);
  });

  it('hands the lock to a waiting window when the leader closes', async () => {
    const { windowA, a, b } = twoWindows();
    await a.claim();
    await b.claim();
    const waited = b.waitForLeadership();
    expect(b.waitForLeadership()).toBe(waited);
    await settle();
    expect(b.state()).toBe('follower');
    windowA.close();
    expect(await waited).toBe(true);
    expect(b.state()).toBe('leader');
  });

  it('knows, once it has looked, whether another window waits for the phone', async () => {
    const { a, b } = twoWindows();
    await a.claim();
    a.lookForWaiting();
    await settle();
    expect(a.othersWaiting()).toBe(false);
    await b.claim();
    void b.waitForLeadership();
    await settle();
    // Said as last looked: a window that started waiting since is not known yet.
    expect(a.othersWaiting()).toBe(false);
    a.lookForWaiting();
    await settle();
    expect(a.othersWaiting()).toBe(true);
    b.release();
    a.lookForWaiting();
    await settle();
    expect(a.othersWaiting()).toBe(false);
  });

  it('hands the lock to a waiting window when the leader releases it', async () => {
    const { a, b } = twoWindows();
    await a.claim();
    const waited = b.waitForLeadership();
    a.release();
    expect(a.state()).toBe('unknown');
    expect(await waited).toBe(true);
    expect(b.state()).toBe('leader');
  });

  it('can claim again right after releasing', async () => {
    const { a, b } = twoWindows();
    await a.claim();
    a.release();
    expect(await a.claim()).toBe(true);
    expect(await b.claim()).toBe(false);
  });

  it('takes over: the old leader is told it follows', async () => {
    const { a, b } = twoWindows();
    await a.claim();
    await b.claim();
    const seenA = record(a);
    expect(await b.takeOver()).toBe(true);
    await settle();
    expect([a.state(), b.state()]).toEqual(['follower', 'leader']);
    expect(seenA).toEqual(['follower']);
  });

  it('drops its place in the queue when it takes over', async () => {
    const manager = fakeLockManager();
    const [a, b, c] = [manager.window(), manager.window(), manager.window()].map((w) =>
      createWindowLeader({ locks: w.locks }),
    );
    if (!a || !b || !c) throw new Error('three windows');
    await a.claim();
    const waited = b.waitForLeadership();
    await b.takeOver();
    expect(await waited).toBe(false);
    b.release();
    await settle();
    // Had the old request stayed queued, b would hold the lock again and c could not claim it.
    expect(await c.claim()).toBe(true);
  });

  it('stops waiting when released', async () => {
    const { a, b } = twoWindows();
    await a.claim();
    await b.claim();
    const waited = b.waitForLeadership();
    b.release();
    expect(await waited).toBe(false);
    a.release();
    await settle();
    expect(b.state()).toBe('follower');
  });

  it('a stolen window can queue again and get the lock back', async () => {
    const { windowB, a, b } = twoWindows();
    await a.claim();
    await b.takeOver();
    await settle();
    const back = a.waitForLeadership();
    windowB.close();
    expect(await back).toBe(true);
    expect(a.state()).toBe('leader');
  });

  it('leads alone, and says so, without Web Locks', async () => {
    const leader = createWindowLeader({ locks: null });
    expect(leader.coordinated()).toBe(false);
    expect(await leader.claim()).toBe(true);
    expect(leader.state()).toBe('leader');
    leader.release();
    expect(leader.state()).toBe('unknown');
    expect(await leader.waitForLeadership()).toBe(true);
  });

  it('leads alone when the browser refuses the lock (an opaque origin)', async () => {
    const refusing: LockRequester = {
      request: () => Promise.reject(new DOMException('no', 'SecurityError')),
    };
    const leader = createWindowLeader({ locks: refusing });
    expect(await leader.claim()).toBe(true);
    expect(leader.state()).toBe('leader');
    expect(leader.coordinated()).toBe(false);
  });

  it('uses navigator.locks by default and leads alone where it is missing', async () => {
    // jsdom has no navigator.locks.
    const leader = createWindowLeader();
    expect(leader.coordinated()).toBe('locks' in navigator);
    expect(await leader.claim()).toBe(true);
  });
});
