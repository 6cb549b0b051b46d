import { useEffect } from 'react';
import { usePhoneStore } from '../store/phoneStore';
import { isolated } from './shownText';
import { useT } from './useT';

/** Names a ringing caller in the window title, where a hidden tab or taskbar still shows it. */
export function useWindowTitle(): void {
  const t = useT();
  const caller = usePhoneStore((s) => {
    const ringing = s.calls.find((c) => c.status === 'incoming');
    // A title cannot hold a <bdi>: the caller's text is isolated in it.
    return ringing
      ? isolated(ringing.facts.remoteName) || isolated(ringing.facts.remoteNumber)
      : '';
  });
  useEffect(() => {
    document.title = caller
      ? `${t('title.incoming', { who: caller })} – ${t('appTitle')}`
      : t('appTitle');
  }, [caller, t]);
}
