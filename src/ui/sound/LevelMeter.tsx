// A small level meter: reads its source ten times a second while the page is visible, and moves
// the bar without a React render, only when its value changes (a silent line repaints nothing).
// A timer, not requestAnimationFrame: a frame callback would wake the page 60 times a second to
// draw 10, which cost a call's page about 4 % of a core (bench:conference). A <meter> (role
// meter) with its label and value, so it is named and read like a gauge.
import { useEffect, useRef } from 'react';
import type { LevelSource } from '../../phone/media/callLevel';
import { levelPercent } from '../../phone/media/callQuality';

const FRAME_MS = 100;

export function LevelMeter({ label, source }: { label: string; source: LevelSource | undefined }) {
  const meter = useRef<HTMLMeterElement>(null);
  useEffect(() => {
    const element = meter.current;
    if (!element || !source) return;
    const timer = setInterval(() => {
      if (document.hidden) return;
      const percent = levelPercent(source.read());
      if (element.value !== percent) element.value = percent;
    }, FRAME_MS);
    return () => clearInterval(timer);
  }, [source]);
  return (
    <meter ref={meter} aria-label={label} min={0} max={100} value={0} className="level-meter" />
  );
}
