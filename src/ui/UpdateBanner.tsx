// Announces a new version of the app; applying it reloads the page, so it waits for a moment with
// no call (docs/architecture.md). The update source comes from context so tests can fake it.
import { createContext, useContext, useEffect, useState } from 'react';
import type { UpdateSource } from '../browser/serviceWorker';
import { usePhoneStore } from '../store/phoneStore';
import { useT } from './useT';

/** No service worker (development, tests): never an update. main.tsx provides the real one. */
const noUpdates: UpdateSource = { onUpdateReady: () => () => undefined, applyUpdate: () => {} };

export const UpdateSourceContext = createContext<UpdateSource>(noUpdates);

const callIsLive = () => usePhoneStore.getState().calls.some((c) => c.status !== 'ended');

export function UpdateBanner() {
  const t = useT();
  const source = useContext(UpdateSourceContext);
  const [ready, setReady] = useState(false);
  const callLive = usePhoneStore((s) => s.calls.some((c) => c.status !== 'ended'));
  useEffect(() => source.onUpdateReady(() => setReady(true)), [source]);

  if (!ready) return null;
  return (
    <section role="status" aria-label={t('pwa.update')} className="notice update">
      <span>{callLive ? t('pwa.updateWaits') : t('pwa.updateReady')}</span>
      {/* aria-disabled, not disabled: the button stays reachable by keyboard while it waits. */}
      <button
        type="button"
        aria-disabled={callLive}
        onClick={() => {
          if (!callIsLive()) source.applyUpdate(() => !callIsLive());
        }}
      >
        {t('pwa.updateNow')}
      </button>
    </section>
  );
}
