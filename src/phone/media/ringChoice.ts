// Which ring an incoming call gets: the full ringtone when nothing else is going on, a soft
// call-waiting tone when the user is already on a call (a desk phone never rings over a talk).
import type { CallStatus } from '../callLine';

export type Ring = 'ringtone' | 'call-waiting' | 'none';

export function ringFor(live: readonly { status: CallStatus }[]): Ring {
  if (!live.some((c) => c.status === 'incoming')) return 'none';
  const busy = live.some((c) => c.status !== 'incoming' && c.status !== 'ended');
  return busy ? 'call-waiting' : 'ringtone';
}
