// Ties the registration keeper to JsSIP's user agent and to the browser's signals. Structural
// types only: sipAdapter.ts stays the one module that imports JsSIP and hands its UA in.

import { registrationFailure } from '../sip/endCauses';
import { canOpenSipSocket } from './connectionCheck';
import { watchConnectionEvents } from './connectionEvents';
import type { ConnectionState } from './connectionState';
import { RegistrationKeeper } from './registrationKeeper';
import { grantedExpiresS } from './registrationTiming';

/** A SIP response as far as the keeper reads it. */
export interface SipAnswer {
  status_code?: number;
  getHeader(name: string): string | undefined;
  getHeaders(name: string): string[];
}

type Listener = (event: never) => void;

/** What the keeper uses of JsSIP's UA; `transport` and `sendOptions` are missing from its typings. */
export interface KeptUa {
  on(event: string, listener: Listener): unknown;
  removeListener(event: string, listener: Listener): unknown;
  start(): void;
  register(): void;
  readonly contact: { uri?: unknown };
  readonly transport: { socket: unknown; connect(): void; disconnect(): void };
  sendOptions(
    target: unknown,
    body: undefined,
    options: {
      eventHandlers: {
        succeeded(event: { response: SipAnswer }): void;
        failed(event: { originator: string; response: SipAnswer | null }): void;
      };
    },
  ): unknown;
}

export interface KeepRegisteredOptions {
  ua: KeptUa;
  /** JsSIP's socket for each URL, first URL first. */
  sockets: ReadonlyMap<string, unknown>;
  /** The PBX domain as a JsSIP URI without user: JsSIP would put a user in a string target. */
  probeTarget: unknown;
  hasLiveCalls(): boolean;
  onState(state: ConnectionState): void;
  /** Every SIP answer seen (REGISTER and probe), for the server clock. */
  onAnswer?(answer: SipAnswer): void;
  /** Where online/offline/visibility come from; omitted where there is no browser. */
  browser?: { window: Window; document: Document };
}

/** Starts the UA on the first URL and keeps it registered until dispose(). */
export function keepRegistered(o: KeepRegisteredOptions): {
  keeper: RegistrationKeeper;
  /** A 2xx answer to a REGISTER, each one seen on the socket (JsSIP reports only the first). */
  registerAnswered(response: SipAnswer): void;
  dispose(): void;
} {
  const { ua, sockets } = o;
  let started = false;
  const keeper = new RegistrationKeeper({
    urls: [...sockets.keys()],
    now: () => Date.now(),
    schedule: (ms, run) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    hasLiveCalls: () => o.hasLiveCalls(),
    onState: (state) => o.onState(state),
    connect: (url) => {
      const socket = sockets.get(url);
      if (socket === undefined) return;
      const { transport } = ua;
      if (!started) {
        started = true;
        transport.socket = socket;
        ua.start(); // the first connect must go through start(): it turns on registering
        return;
      }
      // A clean slate: closes a dead or hung socket (a half-dead one still says "open", and
      // JsSIP would not reconnect it) and cancels JsSIP's own recovery timer.
      transport.disconnect();
      transport.socket = socket;
      transport.connect();
    },
    register: () => ua.register(),
    probe: () =>
      new Promise((resolve) => {
        ua.sendOptions(o.probeTarget, undefined, {
          eventHandlers: {
            succeeded: ({ response }) => {
              o.onAnswer?.(response);
              resolve(true);
            },
            // Any SIP answer, even an error, proves the socket alive; timeouts come from JsSIP.
            failed: ({ originator, response }) => {
              if (response) o.onAnswer?.(response);
              resolve(originator === 'remote');
            },
          },
        });
      }),
    reachable: (url) => canOpenSipSocket(url),
  });
  const granted = (response: SipAnswer) =>
    grantedExpiresS(
      response.getHeaders('Contact'),
      response.getHeader('Expires') || undefined,
      String(ua.contact.uri ?? ''),
    );
  const listeners: [string, Listener][] = [
    ['connected', ({ socket }: { socket: { url: string } }) => keeper.connected(socket.url)],
    ['disconnected', ({ socket }: { socket: { url: string } }) => keeper.disconnected(socket.url)],
    [
      'registered',
      ({ response }: { response: SipAnswer }) => {
        o.onAnswer?.(response);
        keeper.registered(granted(response));
      },
    ],
    [
      'registrationFailed',
      ({ response, cause }: { response?: SipAnswer | null; cause?: unknown }) =>
        keeper.registrationFailed(registrationFailure(response?.status_code, String(cause ?? ''))),
    ],
  ];
  for (const [event, listener] of listeners) ua.on(event, listener);
  keeper.start();
  const unwatch = o.browser
    ? watchConnectionEvents(keeper, o.browser.window, o.browser.document)
    : () => {};
  return {
    keeper,
    registerAnswered: (response) => keeper.refreshed(granted(response)),
    dispose: () => {
      unwatch();
      keeper.stop();
      for (const [event, listener] of listeners) ua.removeListener(event, listener);
    },
  };
}
