// A real TURN server for the media tests: Debian's coturn on 127.0.0.1, with one long-term
// credential. Phones told to relay only send every packet through it, so stopping it breaks the
// media path (signalling stays up) and starting it again on the same port restores a path; its
// allocations are gone, so only an ICE restart finds the way back.
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OwnedProcess, spawnOwned, stopOwned } from '../../scripts/ownedProcess.mjs';
import { freeUdpPort } from '../../scripts/udpPort.mjs';

const BIN = '/usr/bin/turnserver';
const USER = 'voispeed';
const PASSWORD = 'relay-only';
const MAGIC_COOKIE = 0x2112a442;

export interface TurnServer {
  /** turn:USER:PASSWORD@127.0.0.1:PORT?transport=udp, the form the account's server list takes. */
  url: string;
  /** Stops it: the relayed media stops at once. */
  stop(): Promise<void>;
  /** Starts it again on the same port, without the old allocations. */
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  close(): Promise<void>;
}

/** True once a STUN Binding request to the port is answered. */
function answersBinding(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), 300);
    socket.on('message', () => finish(true));
    socket.on('error', () => finish(false));
    const request = Buffer.alloc(20);
    request.writeUInt16BE(0x0001, 0);
    request.writeUInt32BE(MAGIC_COOKIE, 4);
    randomBytes(12).copy(request, 8);
    socket.send(request, port, '127.0.0.1');
  });
}

export async function startTurnServer(): Promise<TurnServer> {
  if (!existsSync(BIN)) {
    throw new Error('coturn is not installed (Debian: apt-get install coturn)');
  }
  const port = await freeUdpPort();
  const dir = mkdtempSync(join(tmpdir(), 'voispeed-turn-'));
  const args = [
    '--no-stdout-log',
    '--log-file=stdout',
    '--listening-ip=127.0.0.1',
    '--relay-ip=127.0.0.1',
    `--listening-port=${port}`,
    // Both phones' relayed addresses are on 127.0.0.1 too; coturn refuses such peers otherwise.
    '--allow-loopback-peers',
    '--lt-cred-mech',
    `--user=${USER}:${PASSWORD}`,
    '--realm=voispeed.test',
    '--no-tls',
    '--no-dtls',
    '--no-tcp-relay',
    '--no-cli',
    // Its own files, not the system's /var/lib/turn and /var/run.
    `--db=${join(dir, 'turndb.sqlite')}`,
    `--pidfile=${join(dir, 'turnserver.pid')}`,
  ];
  let owned: OwnedProcess | undefined;
  const start = async () => {
    const running = spawnOwned(BIN, args);
    owned = running;
    const deadline = Date.now() + 10_000;
    while (!running.done() && Date.now() < deadline) {
      if (await answersBinding(port)) return;
    }
    await stopOwned(running);
    throw new Error(`coturn did not answer on 127.0.0.1:${port}\n${running.stderr()}`);
  };
  const stop = async () => {
    if (owned) await stopOwned(owned);
    owned = undefined;
  };
  await start();
  return {
    url: `turn:${USER}:${PASSWORD}@127.0.0.1:${port}?transport=udp`,
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
