// The bridge client and its schemas load after the first screen: a phone without the extension
// never needs them before it is up, and one with it is answered a moment later.
import type { BridgeConnection } from './nativeBridge';

export function lazyNativeBridge(win: Window): BridgeConnection {
  const loaded = import('./nativeBridge').then((m) => m.createNativeBridge(win));
  return {
    connect(events) {
      events.onState({ kind: 'checking' });
      loaded.then(
        (bridge) => bridge.connect(events),
        (error: unknown) => {
          console.error('the bridge client could not load', error);
          events.onState({ kind: 'absent' });
        },
      );
    },
    run: async (request) => {
      try {
        return await (await loaded).run(request);
      } catch {
        return { ok: false, error: 'not-installed' };
      }
    },
  };
}
