// The last actions Integra took: time, event, rule, expanded command (secrets masked), outcome.
import { useIntegraStore } from '../../store/integraStore';
import { formatClock } from '../format';
import { useT } from '../useT';
import { outcomeText } from './outcomeText';

export function IntegraLog() {
  const t = useT();
  const log = useIntegraStore((s) => s.log);
  return (
    <section aria-label={t('integra.log')} className="integra-log">
      <h3>{t('integra.log')}</h3>
      {log.length === 0 ? (
        <p className="hint">{t('integra.logEmpty')}</p>
      ) : (
        <ol>
          {log.map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.at).toISOString()}>{formatClock(entry.at)}</time>{' '}
              <strong>{entry.event}</strong> {entry.rule}:{' '}
              <span>{outcomeText(entry.outcome, t)}</span>
              {entry.command !== '' && <code>{entry.command}</code>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
