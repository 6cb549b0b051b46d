import { describe, expect, it } from 'vitest';
import {
  type CandidateType,
  ICE_SERVER_WAIT_MS,
  ICE_SETTLE_MS,
  IceGate,
  wantedCandidate,
} from '../../../src/phone/media/iceGate';

/** A gate on a fake clock: returns when it went ahead, or undefined. */
function run(
  wanted: CandidateType,
  /** 'end': the browser's end-of-candidates marker (Firefox's empty candidate). */
  candidates: [at: number, type: CandidateType | 'end'][],
  finishAt?: number,
) {
  let now = 0;
  let wentAheadAt: number | undefined;
  let goes = 0;
  let silent = 0;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const gate = new IceGate(
    wanted,
    () => now,
    (ms, fn) => {
      const timer = { at: now + ms, run: fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    () => {
      goes += 1;
      wentAheadAt = now;
    },
    () => {
      silent += 1;
    },
  );
  const events = [
    ...candidates.map(([at, type]) => ({
      at,
      act: () => (type === 'end' ? gate.gatheringEnded() : gate.candidate(type)),
    })),
    ...(finishAt === undefined ? [] : [{ at: finishAt, act: () => gate.finish() }]),
  ].sort((a, b) => a.at - b.at);
  for (let t = 0; t <= 2000; t += 1) {
    now = t;
    for (const e of events.filter((e) => e.at === t)) e.act();
    for (const timer of timers.filter((x) => x.at === t && !x.cancelled)) timer.run();
  }
  return { wentAheadAt, goes, silent };
}

describe('wantedCandidate', () => {
  it.each([
    [[], 'host'],
    [['stun:stun.example.com:3478'], 'srflx'],
    [['STUNS:stun.example.com'], 'srflx'],
    [['stun:a', 'turn:b?transport=udp'], 'relay'],
    [['turns:b:443'], 'relay'],
  ] as const)('%j waits for %s', (servers, expected) => {
    expect(wantedCandidate(servers)).toBe(expected);
  });
});

describe('IceGate', () => {
  it('goes ahead at the end-of-candidates marker, not a server wait later (Firefox)', () => {
    // Firefox gathers its host candidates within a millisecond and then marks the end.
    expect(
      run('srflx', [
        [9, 'host'],
        [10, 'host'],
        [11, 'end'],
      ]),
    ).toEqual({ wentAheadAt: 11, goes: 1, silent: 1 });
    expect(
      run('host', [
        [9, 'host'],
        [10, 'end'],
      ]),
    ).toEqual({ wentAheadAt: 10, goes: 1, silent: 0 });
  });

  it('ignores the end marker once it went ahead or finished', () => {
    expect(
      run('host', [
        [5, 'host'],
        [5 + ICE_SETTLE_MS + 1, 'end'],
      ]),
    ).toMatchObject({ goes: 1 });
    expect(
      run(
        'srflx',
        [
          [5, 'host'],
          [20, 'end'],
        ],
        10,
      ),
    ).toEqual({
      wentAheadAt: undefined,
      goes: 0,
      silent: 0,
    });
  });

  it('goes ahead shortly after the first host candidate when no server is configured', () => {
    expect(
      run('host', [
        [5, 'host'],
        [6, 'host'],
      ]),
    ).toEqual({ wentAheadAt: 5 + ICE_SETTLE_MS, goes: 1, silent: 0 });
  });

  it('waits for the server-reflexive candidate, then settles', () => {
    expect(
      run('srflx', [
        [5, 'host'],
        [60, 'srflx'],
      ]),
    ).toEqual({ wentAheadAt: 60 + ICE_SETTLE_MS, goes: 1, silent: 0 });
  });

  it('stops waiting for a STUN server that does not answer, and says it stayed silent', () => {
    expect(
      run('srflx', [
        [5, 'host'],
        [6, 'host'],
      ]),
    ).toEqual({ wentAheadAt: 5 + ICE_SERVER_WAIT_MS, goes: 1, silent: 1 });
  });

  it('waits for a relay candidate with TURN, not for server-reflexive ones', () => {
    expect(
      run('relay', [
        [5, 'host'],
        [30, 'srflx'],
        [120, 'relay'],
      ]),
    ).toEqual({
      wentAheadAt: 120 + ICE_SETTLE_MS,
      goes: 1,
      silent: 0,
    });
  });

  it('does nothing once gathering finished by itself', () => {
    expect(run('srflx', [[5, 'host']], 50)).toEqual({ wentAheadAt: undefined, goes: 0, silent: 0 });
  });

  it('never goes ahead twice, whatever arrives late', () => {
    expect(
      run('host', [
        [5, 'host'],
        [100, 'srflx'],
        [400, 'relay'],
      ]).goes,
    ).toBe(1);
  });
});
