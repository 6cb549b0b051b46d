// Polls a live call's statistics every couple of seconds while the card shows it, and grades
// them (callQuality.ts). The first read counts from the call's start, so a grade shows at once;
// the timer goes with the card, when the call ends or is no longer active.
import { useEffect, useState } from 'react';
import type { CallConnections } from '../../phone/media/callConnections';
import {
  type CallFigures,
  type CallQualityGrade,
  figuresOf,
  gradeOf,
  readSample,
  type StatsSample,
} from '../../phone/media/callQuality';

export interface CallQuality {
  grade: CallQualityGrade;
  figures: CallFigures;
}

export const QUALITY_POLL_MS = 2000;

export function useCallQuality(
  connections: Pick<CallConnections, 'get'>,
  callId: string,
  intervalMs = QUALITY_POLL_MS,
): CallQuality {
  const [quality, setQuality] = useState<CallQuality>({ grade: 'unknown', figures: {} });
  useEffect(() => {
    let stopped = false;
    let before: StatsSample | undefined;
    const read = async () => {
      const connection = connections.get(callId);
      if (!connection) return;
      try {
        const report = await connection.getStats();
        if (stopped) return;
        const sample = readSample(report.values());
        const figures = figuresOf(before, sample);
        before = sample;
        setQuality({ grade: gradeOf(figures), figures });
      } catch (error) {
        // A connection closing under the read: the next one, or the card's end, settles it.
        console.warn('call statistics not read', error);
      }
    };
    void read();
    const timer = setInterval(() => void read(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [connections, callId, intervalMs]);
  return quality;
}
