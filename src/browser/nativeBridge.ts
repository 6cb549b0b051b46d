// The native bridge (docs/integra.md) runs Integra shell commands through a browser extension and a
// native-messaging host. The bridge itself is a later issue; until then the app talks to this
// interface and reports, visibly, that no bridge is installed.

import type { BridgeOutcome } from '../store/integraStore';

export type { BridgeOutcome };

export interface NativeBridge {
  run(command: string): Promise<BridgeOutcome>;
}

export const noBridge: NativeBridge = {
  run: async () => ({ ok: false, error: 'not-installed' }),
};
