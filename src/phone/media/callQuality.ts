// How a live call sounds, from its peer connection's statistics: packet loss, jitter and round
// trip, and a grade in words. Pure: the page reads getStats() and hands the records here.
//
// Thresholds follow common VoIP practice (ITU-T G.114 for delay, E-model planning for loss and
// jitter with a jitter buffer): each figure is good under its first limit, poor over its second,
// fair between; the call is as bad as its worst figure. Without any figure it is unknown.

export type CallQualityGrade = 'good' | 'fair' | 'poor' | 'unknown';

/** What one getStats() read says, each figure only when the browser gave a finite number. */
export interface StatsSample {
  /** inbound-rtp audio counters, cumulative since the call started. */
  packetsReceived?: number;
  packetsLost?: number;
  /** inbound-rtp jitter, in seconds. */
  jitter?: number;
  /** remote-inbound-rtp: the far end's view of what we send, 0–1. */
  fractionLost?: number;
  /** Seconds: remote-inbound-rtp roundTripTime, else the selected candidate pair's. */
  roundTripTime?: number;
}

/** The figures a grade is made of; each absent when unknown. */
export interface CallFigures {
  /** Per cent of packets lost, the worse direction over the last window. */
  lossPercent?: number;
  jitterMs?: number;
  rttMs?: number;
}

interface Limits {
  good: number;
  poor: number;
}

export const QUALITY_LIMITS: Readonly<Record<keyof CallFigures, Limits>> = {
  lossPercent: { good: 1, poor: 5 },
  jitterMs: { good: 30, poor: 50 },
  rttMs: { good: 150, poor: 400 },
};

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

type StatsRecord = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is StatsRecord =>
  typeof value === 'object' && value !== null;

/** Audio only: a kind of 'video' (none today) or an unknown one is not this call's voice. */
const isAudio = (record: StatsRecord) => record.kind === undefined || record.kind === 'audio';

/** Reads one getStats() answer (its values, in any order); anything malformed is left out. */
export function readSample(records: Iterable<unknown>): StatsSample {
  const sample: StatsSample = {};
  let pairRtt: number | undefined;
  let selectedPair: unknown;
  const pairs = new Map<unknown, StatsRecord>();
  for (const record of records) {
    if (!isRecord(record)) continue;
    if (record.type === 'inbound-rtp' && isAudio(record)) {
      sample.packetsReceived = finite(record.packetsReceived);
      // packetsLost may be negative (duplicates): clamp at none lost.
      const lost = record.packetsLost;
      sample.packetsLost =
        typeof lost === 'number' && Number.isFinite(lost) ? Math.max(0, lost) : undefined;
      sample.jitter = finite(record.jitter);
    } else if (record.type === 'remote-inbound-rtp' && isAudio(record)) {
      const fraction = finite(record.fractionLost);
      sample.fractionLost = fraction === undefined ? undefined : Math.min(1, fraction);
      sample.roundTripTime = finite(record.roundTripTime) ?? sample.roundTripTime;
    } else if (record.type === 'candidate-pair') {
      pairs.set(record.id, record);
      if (record.nominated === true && record.state === 'succeeded') {
        pairRtt ??= finite(record.currentRoundTripTime);
      }
    } else if (record.type === 'transport') {
      selectedPair = record.selectedCandidatePairId;
    }
  }
  const selected = selectedPair === undefined ? undefined : pairs.get(selectedPair);
  const candidateRtt = finite(selected?.currentRoundTripTime) ?? pairRtt;
  sample.roundTripTime ??= candidateRtt;
  return dropUndefined(sample);
}

function dropUndefined(sample: StatsSample): StatsSample {
  const out: StatsSample = {};
  for (const [key, value] of Object.entries(sample) as [keyof StatsSample, number | undefined][]) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The figures over the window from `before` to `now`. Loss is what the counters grew by; with no
 * earlier read (the first one) they count from the call's start; counters that went back (a new
 * stream after a re-INVITE) give no window loss this once. The far end's fractionLost covers the
 * other direction; the worse of the two is shown.
 */
export function figuresOf(before: StatsSample | undefined, now: StatsSample): CallFigures {
  const figures: CallFigures = {};
  const windowLoss = lossOver(before, now);
  const remoteLoss = now.fractionLost === undefined ? undefined : now.fractionLost * 100;
  const loss = worse(windowLoss, remoteLoss);
  if (loss !== undefined) figures.lossPercent = loss;
  if (now.jitter !== undefined) figures.jitterMs = now.jitter * 1000;
  if (now.roundTripTime !== undefined) figures.rttMs = now.roundTripTime * 1000;
  return figures;
}

function lossOver(before: StatsSample | undefined, now: StatsSample): number | undefined {
  if (now.packetsReceived === undefined || now.packetsLost === undefined) return undefined;
  const received = now.packetsReceived - (before?.packetsReceived ?? 0);
  const lost = now.packetsLost - (before?.packetsLost ?? 0);
  if (received < 0 || lost < 0) return undefined;
  const expected = received + lost;
  // Nothing arrived nor was missed (on hold, silence suppression): no figure, not 0 %.
  if (expected === 0) return undefined;
  return (lost / expected) * 100;
}

function worse(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

const RANK: Record<CallQualityGrade, number> = { unknown: 0, good: 1, fair: 2, poor: 3 };

/**
 * Good, fair or poor by the worst known figure; unknown when there is none. Good needs the loss:
 * a round trip alone (known before any audio arrives) could hide a call that loses half its
 * packets, while a poor or fair figure is worth showing on its own.
 */
export function gradeOf(figures: CallFigures): CallQualityGrade {
  let grade: CallQualityGrade = 'unknown';
  for (const key of Object.keys(QUALITY_LIMITS) as (keyof CallFigures)[]) {
    const value = figures[key];
    if (value === undefined || !Number.isFinite(value)) continue;
    const limits = QUALITY_LIMITS[key];
    const own: CallQualityGrade =
      value < limits.good ? 'good' : value > limits.poor ? 'poor' : 'fair';
    if (RANK[own] > RANK[grade]) grade = own;
  }
  const lossKnown = figures.lossPercent !== undefined && Number.isFinite(figures.lossPercent);
  return grade === 'good' && !lossKnown ? 'unknown' : grade;
}

/**
 * An audio level (0–1, linear, as WebRTC gives it) as a meter's per cent: on a decibel scale from
 * -60 dBFS (0 %) to full scale (100 %), which is how loud it sounds rather than how big it is.
 */
export function levelPercent(level: number | undefined): number {
  if (level === undefined || !Number.isFinite(level) || level <= 0) return 0;
  const db = 20 * Math.log10(Math.min(1, level));
  return Math.round(Math.max(0, Math.min(100, ((db + 60) / 60) * 100)));
}
