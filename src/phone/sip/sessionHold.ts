// Our hold on one call, kept as the user asked it. JsSIP sends a hold re-INVITE only when no other
// offer is in progress (the other side's hold, our previous press), so the wish waits and retries.
import type { JsSipSession } from './jsSipSession';

export const HOLD_RETRY_MS = 200;
/** About 10 s of retries; past that the wish gives way to the state the call is really in. */
export const HOLD_MAX_TRIES = 50;

type HoldSession = Pick<
  JsSipSession,
  'hold' | 'unhold' | 'isOnHold' | 'isReadyToReOffer' | 'isEnded'
>;

export interface LocalHold {
  /** The hold the user asked for; JsSIP's own state follows it, or the call ends trying. */
  readonly wanted: boolean;
  set(held: boolean): void;
  stop(): void;
}

/** `changed` runs when `wanted` changes by itself (retries given up). */
export function localHold(session: HoldSession, changed: () => void): LocalHold {
  let wanted = false;
  let tries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drive = () => {
    clearTimeout(timer);
    timer = undefined;
    if (session.isEnded() || session.isOnHold().local === wanted) return;
    // A failed re-INVITE makes JsSIP end the call ('Hold Failed'); success runs drive again, in
    // case the user pressed once more meanwhile.
    const sent =
      session.isReadyToReOffer() && (wanted ? session.hold({}, drive) : session.unhold({}, drive));
    if (sent) {
      tries = 0;
    } else if (++tries > HOLD_MAX_TRIES) {
      tries = 0;
      wanted = session.isOnHold().local;
      changed();
    } else {
      timer = setTimeout(drive, HOLD_RETRY_MS);
    }
  };
  return {
    get wanted() {
      return wanted;
    },
    set(held) {
      if (held === wanted) return;
      wanted = held;
      tries = 0;
      drive();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
