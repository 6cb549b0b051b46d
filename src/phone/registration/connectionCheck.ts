// Whether a PBX answers at a WebSocket URL, on a throwaway socket beside the SIP one: how the
// phone, while on the second URL, sees that the first is back. Opening with the 'sip'
// subprotocol proves a SIP WebSocket server (the browser fails the handshake otherwise).

/** How long a look may take; a host that drops packets would otherwise hang for minutes. */
export const CHECK_TIMEOUT_MS = 5_000;

type SocketLike = Pick<WebSocket, 'close' | 'onopen' | 'onerror' | 'onclose'>;
export type OpenSocket = (url: string, protocol: string) => SocketLike;

const openWebSocket: OpenSocket = (url, protocol) => new WebSocket(url, protocol);

/** True when a 'sip' WebSocket to `url` opens within the timeout; never rejects. */
export function canOpenSipSocket(
  url: string,
  open: OpenSocket = openWebSocket,
  timeoutMs: number = CHECK_TIMEOUT_MS,
): Promise<boolean> {
  return new Promise((resolve) => {
    let socket: SocketLike;
    try {
      socket = open(url, 'sip');
    } catch {
      resolve(false); // a malformed URL throws in the constructor
      return;
    }
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      socket.onopen = null;
      socket.onerror = null;
      socket.onclose = null;
      try {
        socket.close(1000);
      } catch {
        // Already closed.
      }
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.onopen = () => finish(true);
    socket.onerror = () => finish(false);
    socket.onclose = () => finish(false);
  });
}
