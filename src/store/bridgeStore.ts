// The bridge as the settings show it: found, missing, or found without its native host.
import { create } from 'zustand';

export type BridgeState =
  | { kind: 'checking' }
  /** No extension answered on this address. */
  | { kind: 'absent' }
  | { kind: 'no-host'; extension: string }
  | { kind: 'ready'; extension: string; host: string };

export const useBridgeStore = create<{ state: BridgeState }>(() => ({
  state: { kind: 'checking' },
}));
