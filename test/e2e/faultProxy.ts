// A TCP proxy on 127.0.0.1 between the phones and Kamailio, for real signalling faults: each
// connection it carries can pass, be reset (an RST, as a crashed router or a killed NAT entry
// gives), be black-holed (bytes are swallowed both ways and nothing is closed, the half-dead
// socket on which a WebSocket still says "open"), or be delayed. It speaks no SIP and no
// WebSocket: the phones' WebSockets go through it byte for byte.
import { createServer, type Server, Socket } from 'node:net';

export type FaultMode = 'pass' | 'black-hole' | { delayMs: number };

export interface ProxiedConnection {
  /** When the phone opened it (Date.now). */
  openedAt: number;
  /** Whether both sockets are still open. */
  open(): boolean;
  set(mode: FaultMode): void;
  /** Both sides get an RST, not a FIN. */
  reset(): void;
}

export interface FaultProxy {
  /** ws://127.0.0.1:PORT, the URL a phone uses instead of the PBX's. */
  url: string;
  /** Every connection so far, oldest first. */
  connections(): ProxiedConnection[];
  /** The whole path: every open connection, and each new one, from now on. */
  setAll(mode: FaultMode): void;
  stop(): Promise<void>;
}

function carry(phone: Socket, pbx: Socket, initially: FaultMode): ProxiedConnection {
  let mode = initially;
  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      const now = mode;
      if (now === 'black-hole') return;
      if (now === 'pass') to.write(chunk);
      else setTimeout(() => to.destroyed || to.write(chunk), now.delayMs);
    });
  forward(phone, pbx);
  forward(pbx, phone);
  const closeBoth = () => {
    phone.destroy();
    pbx.destroy();
  };
  phone.on('close', closeBoth);
  pbx.on('close', closeBoth);
  phone.on('error', closeBoth);
  pbx.on('error', closeBoth);
  return {
    openedAt: Date.now(),
    open: () => !phone.destroyed && !pbx.destroyed,
    set: (next) => {
      mode = next;
    },
    reset: () => {
      phone.resetAndDestroy();
      pbx.resetAndDestroy();
    },
  };
}

/** Listens on a free port and carries each connection to the PBX at `pbxUrl` (ws://127.0.0.1:…). */
export function startFaultProxy(pbxUrl: string): Promise<FaultProxy> {
  const pbxPort = Number(new URL(pbxUrl).port);
  const connections: ProxiedConnection[] = [];
  const sockets = new Set<Socket>();
  let forNew: FaultMode = 'pass';
  const server: Server = createServer((phone) => {
    const pbx = new Socket();
    for (const socket of [phone, pbx]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    connections.push(carry(phone, pbx, forNew));
    pbx.connect(pbxPort, '127.0.0.1');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('the fault proxy has no port'));
        return;
      }
      resolve({
        url: pbxUrl.replace(`:${pbxPort}`, `:${address.port}`),
        connections: () => [...connections],
        setAll: (mode) => {
          forNew = mode;
          for (const connection of connections) connection.set(mode);
        },
        stop: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
