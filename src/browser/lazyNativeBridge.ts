// The bridge client and its schemas load on first use, which start() makes after the first
// screen: a phone without the extension never needs them before it is up.
import type { BridgeConnection } from './nativeBridge';

export function lazyNativeBridge(win: Window): BridgeConnection {
  let loaded: Promise<BridgeConnection> | undefined;
  const load = () => {
    loaded ??= import('./nativeBridge').then((m) => m.createNativeBridge(win));
    return loaded;
  };
  return {
    connect(events) {
      load().then(
        (bridge) => bridge.connect(events),
        (error: unknown) => {
          console.error('the bridge client could not load', error);
          events.onState({ kind: 'absent' });
        },
      );
    },
    run: async (request) => {
      try {
        return await (await load()).run(request);
      } catch {
        return { ok: false, error: 'not-installed' };
      }
    },
  };
}
