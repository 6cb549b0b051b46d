import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MediaRecovery,
  type RecoveryHooks,
  RTP_TIMEOUT,
  recoverMedia,
} from '../../../src/phone/media/mediaRecovery';
import type { Direction } from '../../../src/phone/types';
import { signallingStandIn } from '../signallingStandIn';

/** A clock whose timers run only when the test moves it on. */
function clock() {
  let now = 0;
  const timers = new Set<{ at: number; run: () => void }>();
  return {
    now: () => now,
    schedule: (ms: number, run: () => void) => {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = [...timers].sort((a, b) => a.at - b.at)[0];
        if (!next || next.at > end) break;
        timers.delete(next);
        now = next.at;
        next.run();
      }
      now = end;
    },
  };
}

function setup(direction: Direction = 'outgoing', limitMs = 60_000) {
  const time = clock();
  const log: string[] = [];
  let canOffer = true;
  const hooks: RecoveryHooks = {
    direction,
    limitMs,
    now: time.now,
    schedule: time.schedule,
    canOffer: () => canOffer,
    restartIce: () => log.push(`restart@${time.now()}`),
    endLost: () => log.push(`lost@${time.now()}`),
    onChange: (on) => log.push(on ? `reconnecting@${time.now()}` : `recovered@${time.now()}`),
  };
  const recovery = new MediaRecovery(hooks);
  return { recovery, time, log, offering: (on: boolean) => (canOffer = on) };
}

describe('MediaRecovery', () => {
  it('says Reconnecting, restarts ICE from the caller at once and every 4 s, until the path is back', () => {
    const { recovery, time, log } = setup('outgoing');
    recovery.state('connected');
    recovery.state('disconnected');
    expect(recovery.reconnecting).toBe(true);
    time.advance(9_000);
    recovery.state('failed');
    recovery.state('connected');
    time.advance(60_000);
    expect(log).toEqual([
      'reconnecting@0',
      'restart@1000',
      'restart@5000',
      'restart@9000',
      'recovered@9000',
    ]);
    expect(recovery.reconnecting).toBe(false);
  });

  it('ends the call as lost at the limit, and tries nothing after', () => {
    const { recovery, time, log } = setup('outgoing', 10_000);
    recovery.state('failed');
    time.advance(30_000);
    expect(log).toEqual([
      'reconnecting@0',
      'restart@1000',
      'restart@5000',
      'restart@9000',
      'lost@10000',
    ]);
  });

  it('counts the limit from the first loss, not from each new one', () => {
    const { recovery, time, log } = setup('outgoing', 10_000);
    recovery.state('disconnected');
    time.advance(500);
    recovery.state('failed');
    time.advance(9_500);
    expect(log.at(-1)).toBe('lost@10000');
  });

  it('lets the callee wait for the caller’s restart, and restart itself only without one', () => {
    const { recovery, time, log } = setup('incoming');
    recovery.state('disconnected');
    time.advance(3_000);
    recovery.remoteOffer();
    // Its tries at 6 s and 10 s find the caller's offer fresh; at 14 s it is 11 s old.
    time.advance(10_000);
    expect(log).toEqual(['reconnecting@0']);
    time.advance(1_000);
    expect(log).toEqual(['reconnecting@0', 'restart@14000']);
  });

  it('skips a try while no offer can go (signalling down, a re-INVITE pending), and goes on trying', () => {
    const { recovery, time, log, offering } = setup('outgoing');
    offering(false);
    recovery.state('failed');
    time.advance(6_000);
    offering(true);
    time.advance(3_000);
    expect(log).toEqual(['reconnecting@0', 'restart@9000']);
  });

  it('is reconnecting while the signalling stays down past a moment, and ends at the limit', () => {
    const { recovery, time, log } = setup('outgoing', 10_000);
    recovery.signalling(false);
    // A PBX restart's reconnect (0.3 s) shows nothing.
    time.advance(500);
    recovery.signalling(true);
    recovery.signalling(false);
    time.advance(1_999);
    expect(log).toEqual([]);
    time.advance(1);
    expect(log).toEqual(['reconnecting@2500']);
    // The audio still flows, so no ICE restart: only the limit.
    time.advance(10_000);
    expect(log).toEqual(['reconnecting@2500', 'lost@12500']);
  });

  it('recovers when the signalling is back, and counts one limit across both faults', () => {
    const { recovery, time, log } = setup('outgoing', 20_000);
    recovery.signalling(false);
    time.advance(2_000);
    recovery.state('failed');
    recovery.signalling(true);
    // The media is still broken: still reconnecting, and still trying.
    time.advance(1_000);
    recovery.state('connected');
    expect(log).toEqual(['reconnecting@2000', 'restart@3000', 'recovered@3000']);
    recovery.signalling(false);
    time.advance(2_000);
    recovery.state('disconnected');
    recovery.signalling(true);
    time.advance(20_000);
    expect(log.slice(3)).toEqual([
      'reconnecting@5000',
      'restart@6000',
      'restart@10000',
      'restart@14000',
      'restart@18000',
      'restart@22000',
      'lost@25000',
    ]);
  });

  it('does nothing more once the call ended', () => {
    const { recovery, time, log } = setup('outgoing');
    recovery.state('disconnected');
    recovery.stop();
    recovery.state('failed');
    time.advance(120_000);
    expect(log).toEqual(['reconnecting@0']);
  });
});

/** A peer connection that only changes state, as the browser would tell it. */
class FakeConnection extends EventTarget {
  connectionState: RTCPeerConnectionState = 'new';
  become(state: RTCPeerConnectionState) {
    this.connectionState = state;
    this.dispatchEvent(new Event('connectionstatechange'));
  }
}

describe('recoverMedia', () => {
  afterEach(() => vi.useRealTimers());

  function session(connection: FakeConnection | null) {
    const listeners = new Map<string, ((e: { peerconnection: unknown }) => void)[]>();
    const asked: { terminate: unknown[]; renegotiate: unknown[] } = {
      terminate: [],
      renegotiate: [],
    };
    let ended = false;
    const fake = {
      connection: connection as unknown as RTCPeerConnection | null,
      on: (event: string, listener: (e: { peerconnection: unknown }) => void) =>
        listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      isEnded: () => ended,
      isReadyToReOffer: () => !ended,
      renegotiate: (options: unknown) => asked.renegotiate.push(options) > 0,
      terminate: (options?: unknown) => {
        asked.terminate.push(options);
        ended = true;
      },
    };
    const emit = (event: string, e: { peerconnection: unknown } = { peerconnection: null }) => {
      for (const listener of listeners.get(event) ?? []) listener(e);
    };
    // JsSIP types on() per event name; this fake hears every name alike.
    return { fake: fake as unknown as Parameters<typeof recoverMedia>[0], asked, emit };
  }

  it('restarts ICE on the session and ends it with RTP Timeout at the limit', () => {
    vi.useFakeTimers();
    const pc = new FakeConnection();
    const { fake, asked } = session(pc);
    const changes: boolean[] = [];
    const reconnecting = recoverMedia(fake, {
      direction: 'outgoing',
      limitMs: 10_000,
      signalling: signallingStandIn(),
      onChange: (on) => changes.push(on),
    });
    pc.become('connected');
    pc.become('failed');
    expect(reconnecting()).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(asked.renegotiate).toEqual([{ rtcOfferConstraints: { iceRestart: true } }]);
    vi.advanceTimersByTime(9_000);
    expect(asked.terminate).toEqual([
      { cause: RTP_TIMEOUT, status_code: 408, reason_phrase: RTP_TIMEOUT },
    ]);
    expect(changes).toEqual([true]);
  });

  it('sends no re-INVITE while the signalling connection is down', () => {
    vi.useFakeTimers();
    const pc = new FakeConnection();
    const { fake, asked } = session(pc);
    recoverMedia(fake, {
      direction: 'outgoing',
      limitMs: 60_000,
      signalling: signallingStandIn(false),
      onChange: () => {},
    });
    pc.become('disconnected');
    vi.advanceTimersByTime(30_000);
    expect(asked.renegotiate).toEqual([]);
  });

  it('follows the signalling only once the call is answered, and stops following at its end', () => {
    vi.useFakeTimers();
    const { fake, emit } = session(new FakeConnection());
    const signalling = signallingStandIn(false);
    const changes: boolean[] = [];
    recoverMedia(fake, {
      direction: 'outgoing',
      limitMs: 60_000,
      signalling,
      onChange: (on) => changes.push(on),
    });
    vi.advanceTimersByTime(5_000);
    expect([signalling.watchers(), changes]).toEqual([0, []]);
    // Answered while the signalling is down: that counts from the answer.
    emit('accepted');
    vi.advanceTimersByTime(2_000);
    expect(changes).toEqual([true]);
    signalling.set(true);
    expect(changes).toEqual([true, false]);
    emit('ended');
    expect(signalling.watchers()).toBe(0);
  });

  it('watches an incoming call’s connection once the answer makes it', () => {
    vi.useFakeTimers();
    const { fake, emit } = session(null);
    const changes: boolean[] = [];
    recoverMedia(fake, {
      direction: 'incoming',
      limitMs: 60_000,
      signalling: signallingStandIn(),
      onChange: (on) => changes.push(on),
    });
    const pc = new FakeConnection();
    emit('peerconnection', { peerconnection: pc });
    pc.become('disconnected');
    pc.become('connected');
    expect(changes).toEqual([true, false]);
  });
});
