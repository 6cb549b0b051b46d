import { useEffect } from 'react';
import { markMissedSeen } from '../store/missedStore';

/**
 * Marks the missed calls seen whenever the history is on screen in a window that is visible and
 * has the focus: when it comes on screen, when the window gains the focus, when a call is missed.
 */
export function useMissedSeen(historyShown: boolean, missed: number): void {
  useEffect(() => {
    if (!historyShown || missed === 0) return;
    const check = () => {
      if (document.visibilityState === 'visible' && document.hasFocus()) markMissedSeen();
    };
    check();
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [historyShown, missed]);
}
