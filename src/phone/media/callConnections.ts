// The peer connection of each live call, for the page's own work on a call's audio: level
// meters, call quality, recording, merging two calls. The SIP edge adds a call's connection as
// soon as JsSIP makes it and removes it when the call ends; everything else only reads.

export type ConnectionListener = (
  callId: string,
  connection: RTCPeerConnection | undefined,
) => void;

export interface CallConnections {
  get(callId: string): RTCPeerConnection | undefined;
  /** Live calls that have a connection, oldest first. */
  ids(): string[];
  /** Told of every connection added (with it) or removed (undefined); returns the unsubscribe. */
  subscribe(listener: ConnectionListener): () => void;
  add(callId: string, connection: RTCPeerConnection): void;
  remove(callId: string): void;
}

export function createCallConnections(): CallConnections {
  const connections = new Map<string, RTCPeerConnection>();
  const listeners = new Set<ConnectionListener>();
  const tell = (callId: string, connection: RTCPeerConnection | undefined) => {
    for (const listener of [...listeners]) {
      try {
        listener(callId, connection);
      } catch (error) {
        console.error('call connection listener failed', error);
      }
    }
  };
  return {
    get: (callId) => connections.get(callId),
    ids: () => [...connections.keys()],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(callId, connection) {
      if (connections.get(callId) === connection) return;
      connections.set(callId, connection);
      tell(callId, connection);
    },
    remove(callId) {
      if (!connections.delete(callId)) return;
      tell(callId, undefined);
    },
  };
}
