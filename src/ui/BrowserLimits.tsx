// "What this browser cannot do": each API the phone uses that this browser lacks, in words, so
// that a missing feature is never a silent one. The list comes from src/browser/capabilities.ts.
import { browserCapabilities, type Capabilities, limitsOf } from '../browser/capabilities';
import { useT } from './useT';

export function BrowserLimits({
  capabilities = browserCapabilities(),
}: {
  /** This browser's; component tests pass others. */
  capabilities?: Capabilities;
}) {
  const t = useT();
  const limits = limitsOf(capabilities);
  return (
    <section aria-labelledby="limits-title" className="browser-limits">
      <h3 id="limits-title">{t('limits.title')}</h3>
      {limits.length === 0 ? (
        <p>{t('limits.none')}</p>
      ) : (
        <ul aria-labelledby="limits-title">
          {limits.map((limit) => (
            <li key={limit}>{t(`limits.${limit}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
