// A small level meter: reads its source about ten times a second, only while the page is
// painted (requestAnimationFrame stops in a hidden tab), and moves the bar without a React
// render. A <meter> (role meter) with its label and value, so it is named and read like a gauge.
import { useEffect, useRef } from 'react';
import type { LevelSource } from '../../phone/media/callLevel';
import { levelPercent } from '../../phone/media/callQuality';

const FRAME_MS = 100;

export function LevelMeter({ label, source }: { label: string; source: LevelSource | undefined }) {
  const meter = useRef<HTMLMeterElement>(null);
  useEffect(() => {
    const element = meter.current;
    if (!element || !source) return;
    let frame = 0;
    let last = 0;
    const draw = (now: number) => {
      frame = requestAnimationFrame(draw);
      if (now - last < FRAME_MS) return;
      last = now;
      const percent = levelPercent(source.read());
      element.value = percent;
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [source]);
  return (
    <meter ref={meter} aria-label={label} min={0} max={100} value={0} className="level-meter" />
  );
}
