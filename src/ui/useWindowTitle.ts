import { useEffect } from 'react';
import { partyName } from '../phone/callLine';
import { usePhoneStore } from '../store/phoneStore';
import { isolated } from './shownText';
import { useT } from './useT';

/**
 * Names a ringing caller in the window title, where a hidden tab or taskbar still shows it, and
 * counts the unseen missed calls there and on the installed app's icon where the browser can.
 */
export function useWindowTitle(missed: number): void {
  const t = useT();
  const caller = usePhoneStore((s) => {
    const ringing = s.calls.find((c) => c.status === 'incoming');
    // A title cannot hold a <bdi>: the caller's text is isolated in it.
    return ringing ? isolated(partyName(ringing)) || isolated(ringing.facts.remoteNumber) : '';
  });
  useEffect(() => {
    const title = caller
      ? `${t('title.incoming', { who: caller })} – ${t('appTitle')}`
      : t('appTitle');
    document.title = missed > 0 ? t('missed.title', { count: String(missed), title }) : title;
  }, [caller, missed, t]);
  useEffect(() => {
    // The Badging API: installed apps in Chromium; elsewhere the title alone says it.
    const badge = navigator as Navigator & {
      setAppBadge?: (count: number) => Promise<void>;
      clearAppBadge?: () => Promise<void>;
    };
    const done = missed > 0 ? badge.setAppBadge?.(missed) : badge.clearAppBadge?.();
    done?.catch(() => {});
  }, [missed]);
}
