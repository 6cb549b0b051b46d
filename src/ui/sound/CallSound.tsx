// The sound of a live call on its card: the quality in words and an icon (never colour alone),
// its figures beside it, and the other party's level; a screen reader hears only a fall to Poor. Shown only where the app provides its
// sound actions (component tests of the card without them see nothing).
import { type LucideIcon, SignalHigh, SignalLow, SignalMedium, SignalZero } from 'lucide-react';
import { useMemo } from 'react';
import type { Translate } from '../../i18n';
import type { CallConnections } from '../../phone/media/callConnections';
import { remoteLevel } from '../../phone/media/callLevel';
import type { CallFigures, CallQualityGrade } from '../../phone/media/callQuality';
import { useT } from '../useT';
import { LevelMeter } from './LevelMeter';
import { useSoundActions } from './SoundActions';
import { useCallQuality } from './useCallQuality';
import './sound.css';

const ICONS: Record<CallQualityGrade, LucideIcon> = {
  good: SignalHigh,
  fair: SignalMedium,
  poor: SignalLow,
  unknown: SignalZero,
};

export function CallSound({ callId }: { callId: string }) {
  const sound = useSoundActions();
  if (!sound) return null;
  return <CallSoundOf connections={sound.connections} callId={callId} />;
}

function CallSoundOf({
  connections,
  callId,
}: {
  connections: Pick<CallConnections, 'get'>;
  callId: string;
}) {
  const t = useT();
  const { grade, figures } = useCallQuality(connections, callId);
  // The connection exists by the time a call is active; a level source per connection.
  const connection = connections.get(callId);
  const level = useMemo(() => (connection ? remoteLevel(connection) : undefined), [connection]);
  const Icon = ICONS[grade];
  const details = figuresText(figures, t);
  return (
    <div className="call-sound">
      {/* An indicator, not a live region: a grade settling from Measuring to Good is nothing to
          interrupt anyone for. Only a fall to Poor is spoken, by the region below. */}
      <p
        role="img"
        aria-label={`${t('quality.label')}: ${t(`quality.${grade}`)}`}
        className={`call-quality quality-${grade}`}
        title={details}
      >
        <Icon aria-hidden="true" />
        {t(`quality.${grade}`)}
      </p>
      <span className="quality-figures">{details}</span>
      <p role="status" aria-label={t('quality.label')} className="visually-hidden">
        {grade === 'poor' ? t('quality.poorNow') : ''}
      </p>
      <LevelMeter label={t('level.remote')} source={level} />
    </div>
  );
}

/** "Loss 0.2 % · Jitter 4 ms · Round trip 12 ms", a dash for a figure not known yet. */
export function figuresText(figures: CallFigures, t: Translate): string {
  const none = t('quality.none');
  const ms = (value: number | undefined) =>
    value === undefined ? none : `${Math.round(value)} ms`;
  return t('quality.figures', {
    loss: figures.lossPercent === undefined ? none : `${figures.lossPercent.toFixed(1)} %`,
    jitter: ms(figures.jitterMs),
    rtt: ms(figures.rttMs),
  });
}
