import { describe, expect, it } from 'vitest';
import {
  type CallFigures,
  type CallQualityGrade,
  figuresOf,
  gradeOf,
  levelPercent,
  readSample,
  type StatsSample,
} from '../../../src/phone/media/callQuality';

describe('gradeOf', () => {
  const cases: [string, CallFigures, CallQualityGrade][] = [
    ['no figures', {}, 'unknown'],
    ['all good', { lossPercent: 0, jitterMs: 5, rttMs: 20 }, 'good'],
    ['loss just under 1 %', { lossPercent: 0.99 }, 'good'],
    ['loss of exactly 1 %', { lossPercent: 1 }, 'fair'],
    ['loss of exactly 5 %', { lossPercent: 5 }, 'fair'],
    ['loss over 5 %', { lossPercent: 5.01 }, 'poor'],
    ['jitter 29 ms, loss not yet known', { jitterMs: 29 }, 'unknown'],
    ['jitter 29 ms', { lossPercent: 0, jitterMs: 29 }, 'good'],
    ['jitter 30 ms', { jitterMs: 30 }, 'fair'],
    ['jitter 51 ms', { jitterMs: 51 }, 'poor'],
    ['rtt 149 ms', { lossPercent: 0, rttMs: 149 }, 'good'],
    ['rtt 150 ms', { rttMs: 150 }, 'fair'],
    ['rtt 400 ms', { rttMs: 400 }, 'fair'],
    ['rtt 401 ms', { rttMs: 401 }, 'poor'],
    ['the worst wins: good loss, poor rtt', { lossPercent: 0, jitterMs: 1, rttMs: 900 }, 'poor'],
    ['the worst wins: fair jitter', { lossPercent: 0.1, jitterMs: 40, rttMs: 10 }, 'fair'],
    ['a good round trip alone is not yet good', { rttMs: 10 }, 'unknown'],
    ['a poor round trip alone is poor', { rttMs: 900 }, 'poor'],
    ['NaN is no figure', { lossPercent: Number.NaN }, 'unknown'],
    [
      'Infinity is no figure',
      { lossPercent: 0, jitterMs: Number.POSITIVE_INFINITY, rttMs: 10 },
      'good',
    ],
  ];
  it.each(cases)('%s', (_name, figures, grade) => {
    expect(gradeOf(figures)).toBe(grade);
  });
});

describe('readSample', () => {
  it('reads the audio figures and prefers the far end’s round trip', () => {
    const sample = readSample([
      { type: 'inbound-rtp', kind: 'audio', packetsReceived: 500, packetsLost: 5, jitter: 0.012 },
      { type: 'remote-inbound-rtp', kind: 'audio', fractionLost: 0.02, roundTripTime: 0.08 },
      {
        type: 'candidate-pair',
        id: 'p',
        nominated: true,
        state: 'succeeded',
        currentRoundTripTime: 0.5,
      },
      { type: 'transport', selectedCandidatePairId: 'p' },
    ]);
    expect(sample).toEqual({
      packetsReceived: 500,
      packetsLost: 5,
      jitter: 0.012,
      fractionLost: 0.02,
      roundTripTime: 0.08,
    });
  });

  it('takes the selected candidate pair’s round trip when the far end reported none', () => {
    const sample = readSample([
      { type: 'candidate-pair', id: 'a', nominated: false, currentRoundTripTime: 9 },
      {
        type: 'candidate-pair',
        id: 'b',
        nominated: true,
        state: 'succeeded',
        currentRoundTripTime: 0.03,
      },
      { type: 'transport', selectedCandidatePairId: 'b' },
    ]);
    expect(sample).toEqual({ roundTripTime: 0.03 });
  });

  it('leaves out what is missing, malformed or hostile', () => {
    const sample = readSample([
      null,
      42,
      'inbound-rtp',
      { type: 'inbound-rtp', kind: 'video', packetsReceived: 10, packetsLost: 0 },
      {
        type: 'inbound-rtp',
        kind: 'audio',
        packetsReceived: 'many',
        packetsLost: -3,
        jitter: Number.NaN,
      },
      { type: 'remote-inbound-rtp', fractionLost: 7, roundTripTime: -1 },
    ]);
    // Negative loss (duplicates) counts as none; a fraction over 1 is at most everything.
    expect(sample).toEqual({ packetsLost: 0, fractionLost: 1 });
  });
});

describe('figuresOf', () => {
  const at = (packetsReceived: number, packetsLost: number): StatsSample => ({
    packetsReceived,
    packetsLost,
  });

  it('counts the loss over the window between two reads', () => {
    // 100 more expected, 2 of them lost.
    expect(figuresOf(at(1000, 10), at(1098, 12)).lossPercent).toBeCloseTo(2);
  });

  it('counts from the start of the call on the first read', () => {
    expect(figuresOf(undefined, at(95, 5)).lossPercent).toBeCloseTo(5);
  });

  it('gives no window loss when the counters went back (a new stream)', () => {
    expect(figuresOf(at(1000, 10), at(50, 0))).toEqual({});
  });

  it('gives no loss when nothing was expected in the window (held, silent)', () => {
    expect(figuresOf(at(1000, 10), at(1000, 10))).toEqual({});
  });

  it('shows the worse of our loss and the far end’s', () => {
    const now = { ...at(1100, 10), fractionLost: 0.04 };
    expect(figuresOf(at(1000, 10), now).lossPercent).toBeCloseTo(4);
    expect(figuresOf(undefined, { fractionLost: 0.001 }).lossPercent).toBeCloseTo(0.1);
  });

  it('turns seconds into milliseconds', () => {
    expect(figuresOf(undefined, { jitter: 0.025, roundTripTime: 0.2 })).toEqual({
      jitterMs: 25,
      rttMs: 200,
    });
  });

  it('grades a real-looking window end to end', () => {
    const before = readSample([{ type: 'inbound-rtp', packetsReceived: 1000, packetsLost: 0 }]);
    const now = readSample([
      { type: 'inbound-rtp', packetsReceived: 1090, packetsLost: 10, jitter: 0.01 },
    ]);
    expect(gradeOf(figuresOf(before, now))).toBe('poor');
  });
});

describe('levelPercent', () => {
  const cases: [number | undefined, number][] = [
    [undefined, 0],
    [Number.NaN, 0],
    [-1, 0],
    [0, 0],
    [0.001, 0],
    [0.01, 33],
    [0.1, 67],
    [1, 100],
    [7, 100],
  ];
  it.each(cases)('%s → %s %%', (level, percent) => {
    expect(levelPercent(level)).toBe(percent);
  });
});
