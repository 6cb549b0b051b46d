// The signalling connection a call follows (mediaRecovery.ts's Signalling), set by the test.
import type { Signalling } from '../../src/phone/media/mediaRecovery';

export interface SignallingStandIn extends Signalling {
  set(up: boolean): void;
  /** How many calls follow it now. */
  watchers(): number;
}

export function signallingStandIn(initially = true): SignallingStandIn {
  let up = initially;
  const listeners = new Set<(up: boolean) => void>();
  return {
    up: () => up,
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      up = next;
      for (const listener of [...listeners]) listener(next);
    },
    watchers: () => listeners.size,
  };
}
