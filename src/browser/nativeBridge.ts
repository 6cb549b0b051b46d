// The app's side of the bridge (docs/bridge.md): the browser extension, where it is installed and
// set up for this address, hands the page one private MessagePort; over it the app asks the
// native host to run a rule of the host's own file, and receives the links and selections the
// extension and the OS catch. Where no extension answers, the app works as without it and says
// "bridge not installed".
import {
  type AppRequest,
  type BridgeEvent,
  checkToApp,
  MAX_MESSAGE_CHARS,
  MAX_VALUE,
  PROTOCOL_VERSION,
  problemText,
  readMessage,
  type ToApp,
} from '../../bridge/protocol/messages';
import type { BridgeState } from '../store/bridgeStore';
import type { BridgeOutcome } from '../store/integraStore';

export type { BridgeOutcome, BridgeState };

export interface BridgeRun {
  rule: string;
  event: BridgeEvent;
  values: Readonly<Record<string, string>>;
}

export interface NativeBridge {
  run(request: BridgeRun): Promise<BridgeOutcome>;
}

export interface BridgeEvents {
  onState(state: BridgeState): void;
  /** A command link caught on another page, or opened from the OS. */
  onLink(link: string): void;
  /** Selected text the extension's menu or command asks the phone to dial. */
  onDialText(text: string): void;
}

export interface BridgeConnection extends NativeBridge {
  /** Asks the extension for its port; says 'absent' if none comes within the wait. */
  connect(events: BridgeEvents): void;
}

export const noBridge: NativeBridge = {
  run: async () => ({ ok: false, error: 'not-installed' }),
};

/** How long the page waits for the extension's port: the relay answers once it has read its
 * address, and managed storage can take seconds to answer after the browser starts. */
export const CONNECT_WAIT_MS = 6000;
/** A rule's own time limit is the host's (at most 300 s); this only catches a host that hangs. */
export const RUN_WAIT_MS = 310_000;
const HELLO_WAIT_MS = 5000;

type Pending = (message: Extract<ToApp, { id: number }>) => void;

export function createNativeBridge(
  win: Pick<Window, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'location'>,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): BridgeConnection {
  let port: MessagePort | undefined;
  let events: BridgeEvents | undefined;
  let extension = '';
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function request<T extends 'hello' | 'ran'>(
    message: AppRequest,
    answer: T,
    waitMs: number,
  ): Promise<Extract<ToApp, { type: T; id: number }> | undefined> {
    const open = port;
    if (!open) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const timer = timers.setTimeout(() => {
        pending.delete(message.id);
        resolve(undefined);
      }, waitMs);
      pending.set(message.id, (reply) => {
        // A reply of another kind under this id answers nothing: the wait goes on.
        if (reply.type !== answer) return;
        timers.clearTimeout(timer);
        pending.delete(message.id);
        resolve(reply as Extract<ToApp, { type: T; id: number }>);
      });
      open.postMessage(message);
    });
  }

  function received(data: unknown): void {
    const checked = readMessage(checkToApp, data);
    if (!checked.ok) {
      console.warn('the bridge sent a message the app refuses:', problemText(checked));
      return;
    }
    const message = checked.value;
    switch (message.type) {
      case 'hello':
      case 'ran':
        pending.get(message.id)?.(message);
        return;
      case 'link':
        events?.onLink(message.link);
        return;
      case 'dial-text':
        events?.onDialText(message.text);
        return;
      case 'host':
        events?.onState(stateOf(extension, message.host));
        return;
    }
  }

  async function greet(): Promise<void> {
    const reply = await request(
      { v: PROTOCOL_VERSION, id: nextId++, type: 'hello' },
      'hello',
      HELLO_WAIT_MS,
    );
    if (!reply) {
      events?.onState({ kind: 'absent' });
      return;
    }
    extension = reply.extension;
    events?.onState(stateOf(extension, reply.host));
  }

  return {
    connect(handlers) {
      events = handlers;
      handlers.onState({ kind: 'checking' });
      const origin = win.location.origin;
      const onMessage = (event: MessageEvent) => {
        // Only this page's own relay: same window, same origin, the first port it offers.
        if (port || event.source !== win || event.origin !== origin) return;
        const data: unknown = event.data;
        if (!isPortOffer(data) || event.ports.length !== 1) return;
        const offered = event.ports[0];
        if (!offered) return;
        port = offered;
        win.removeEventListener('message', onMessage);
        timers.clearTimeout(giveUp);
        port.onmessage = (e) => received(e.data);
        port.start();
        void greet();
      };
      const giveUp = timers.setTimeout(() => {
        if (!port) handlers.onState({ kind: 'absent' });
      }, CONNECT_WAIT_MS);
      win.addEventListener('message', onMessage);
      win.postMessage({ voispeedBridge: 'connect', v: PROTOCOL_VERSION }, origin);
    },

    async run({ rule, event, values }) {
      if (!port) return { ok: false, error: 'not-installed' };
      // Values go whole or not at all: one the bridge would refuse is named here.
      for (const [key, value] of Object.entries(values)) {
        if (value.length > MAX_VALUE) {
          return { ok: false, error: 'refused', detail: `the value of ${key} is too long` };
        }
      }
      const message: AppRequest = {
        v: PROTOCOL_VERSION,
        id: nextId++,
        type: 'run',
        rule,
        event,
        values: { ...values },
      };
      if (JSON.stringify(message).length > MAX_MESSAGE_CHARS) {
        return { ok: false, error: 'refused', detail: 'the call values are too long together' };
      }
      const reply = await request(message, 'ran', RUN_WAIT_MS);
      if (!reply) return { ok: false, error: 'no-answer' };
      return reply.result;
    },
  };
}

function isPortOffer(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { voispeedBridge?: unknown }).voispeedBridge === 'port' &&
    (data as { v?: unknown }).v === PROTOCOL_VERSION
  );
}

function stateOf(extension: string, host: { version: string } | null): BridgeState {
  return host ? { kind: 'ready', extension, host: host.version } : { kind: 'no-host', extension };
}
