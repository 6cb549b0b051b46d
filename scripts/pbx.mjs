// Local development/test PBX: Kamailio with pbx/kamailio.cfg, registrar + proxy over plain
// WebSocket on 127.0.0.1. Used by the e2e tests (startPbx) and by `npm run pbx` for demos.
// Several instances can run at once: each gets its own port and its own temp runtime dir.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMediaRelay } from './mediaRelay.mjs';
import { spawnOwned, stopOwned } from './ownedProcess.mjs';

/** @typedef {{ user: string, password: string, extension: string, displayName: string }} PbxAccount */
/**
 * @typedef {object} Pbx
 * @property {string} url ws://127.0.0.1:PORT
 * @property {number} port
 * @property {string} domain SIP domain and digest realm
 * @property {PbxAccount[]} accounts
 * @property {() => Promise<void>} stop kills Kamailio and removes its runtime files
 * @property {() => Promise<void>} restart stops and starts again on the same port
 */
/** @typedef {{ port?: number, debug?: boolean, readyTimeoutMs?: number, mediaRelay?: boolean }} PbxOptions */

/** Must match the PBX_DOMAIN substdef in pbx/kamailio.cfg. */
export const PBX_DOMAIN = 'voispeed.local';

/** Must match the htable:mod-init route in pbx/kamailio.cfg. @type {readonly PbxAccount[]} */
export const DEMO_ACCOUNTS = Object.freeze(
  ['100', '101', '102'].map((user) =>
    Object.freeze({
      user,
      password: `demo${user}`,
      extension: user,
      displayName: `Demo ${user}`,
    }),
  ),
);

/**
 * Phones without WebRTC (plain RTP): the config's `plainrtp` htable lists them, and their calls
 * with browsers go through the media relay. Offered only by a PBX started with one.
 * @type {readonly PbxAccount[]}
 */
const DESK_PHONE_ACCOUNTS = Object.freeze([
  Object.freeze({
    user: '200',
    password: 'demo200',
    extension: '200',
    displayName: 'Demo desk phone 200',
  }),
]);

export const CONFIG_PATH = fileURLToPath(new URL('../pbx/kamailio.cfg', import.meta.url));

const CANDIDATES = ['/usr/sbin/kamailio', '/usr/local/sbin/kamailio', '/usr/bin/kamailio'];

/**
 * The Kamailio binary ($KAMAILIO overrides), or null when it is not installed.
 * @returns {string | null}
 */
export function kamailioPath() {
  const fromEnv = process.env.KAMAILIO;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Binds and releases a port on 127.0.0.1; with 0, returns one that was free a moment ago.
 * @param {number} [port]
 * @returns {Promise<number>}
 */
export function freePort(port = 0) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * True when the port completes a SIP WebSocket upgrade (101), which is what a phone needs;
 * a bare TCP accept happens before Kamailio's workers are ready.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function acceptsUpgrade(port) {
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/',
      timeout: 1000,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Protocol': 'sip',
      },
    });
    req.once('upgrade', (_res, socket) => {
      socket.destroy();
      resolve(true);
    });
    req.once('response', (res) => {
      res.resume();
      resolve(false);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
    req.end();
  });
}

/**
 * pua checks its table's version at start-up even when it keeps everything in memory
 * (db_mode 0): db_text's version table and an empty pua table, in the instance's own dir.
 * @param {string} dir
 */
async function writePuaTables(dir) {
  const version = 'id(int,auto) table_name(string) table_version(int) \n0:version:1\n0:pua:7\n';
  await writeFile(join(dir, 'version'), version);
  await writeFile(join(dir, 'pua'), `${PUA_COLUMNS}\n`);
}

const PUA_COLUMNS = [
  'id(int,auto) pres_uri(string) pres_id(string) event(int) expires(int) desired_expires(int)',
  'flag(int) etag(string) tuple_id(string,null) watcher_uri(string) call_id(string)',
  'to_tag(string) from_tag(string) cseq(int) record_route(string,null) contact(string)',
  'remote_contact(string) version(int) extra_headers(string) ',
].join(' ');

/**
 * @param {string} dir runtime dir of this instance
 * @param {number} port
 * @param {{ debug: boolean, relay: string | undefined, maxExpiresS: number | undefined }} options
 *   relay: the media relay's NG socket, if one runs
 */
function kamailioArgs(dir, port, { debug, relay, maxExpiresS }) {
  const args = ['-DD', '-E', '-f', CONFIG_PATH, '-A', `WS_PORT=${port}`];
  if (maxExpiresS) args.push('-A', `MAX_EXPIRES=${maxExpiresS}`);
  // pua's PUBLISHes come back to this instance over plain TCP on the same port.
  args.push('-A', `PRESENCE_SERVER="sip:127.0.0.1:${port};transport=tcp"`);
  // pua binds a database even when it keeps all in memory: db_text here, where nothing is written.
  args.push('-A', `PUA_DB_URL="text://${dir}"`);
  if (debug) args.push('-A', 'WITH_DEBUG');
  if (relay) args.push('-A', 'WITH_RTPENGINE', '-A', `RTPENGINE_SOCK="${relay}"`);
  args.push('-P', join(dir, 'kamailio.pid'), '-Y', dir, '-w', dir, '-m', '32', '-M', '8');
  return args;
}

/**
 * Spawns Kamailio and resolves once it accepts a WebSocket upgrade; rejects with its stderr
 * if it exits first or is not ready in time.
 * @param {string} bin
 * @param {string} dir
 * @param {number} port
 * @param {number} readyTimeoutMs
 * @param {{ debug: boolean, relay: string | undefined, maxExpiresS: number | undefined }} options
 */
async function launch(bin, dir, port, readyTimeoutMs, options) {
  const owned = spawnOwned(bin, kamailioArgs(dir, port, options), { echo: options.debug });
  const deadline = Date.now() + readyTimeoutMs;
  while (!owned.done() && Date.now() < deadline) {
    if (await acceptsUpgrade(port)) return owned;
    await sleep(100);
  }
  const done = owned.done();
  if (!done) await stopOwned(owned);
  const { child } = owned;
  throw new Error(
    `kamailio on port ${port} ${done ? `exited (${child.exitCode ?? child.signalCode})` : 'was not ready in time'}:\n${owned.stderr().trim()}`,
  );
}

/**
 * Starts one PBX instance. With port 0 a free port is picked (and retried if another process
 * grabs it before Kamailio binds).
 * @param {PbxOptions} [options]
 * @returns {Promise<Pbx>}
 */
export async function startPbx({
  port = 0,
  debug = process.env.PBX_DEBUG === '1',
  readyTimeoutMs = 10000,
  mediaRelay = false,
  maxExpiresS,
} = {}) {
  const bin = kamailioPath();
  if (!bin) {
    const hint = 'apt-get install kamailio kamailio-websocket-modules kamailio-presence-modules';
    throw new Error(`kamailio is not installed (Debian: ${hint})`);
  }
  const relay = mediaRelay ? await startMediaRelay({ debug }) : undefined;
  const options = { debug, relay: relay?.socket, maxExpiresS };
  const dir = await mkdtemp(join(tmpdir(), 'voispeed-pbx-'));
  await writePuaTables(dir);
  /** @type {Awaited<ReturnType<typeof launch>> | undefined} */
  let running;
  let chosen = port;
  for (let attempt = 0; !running; attempt++) {
    try {
      // An explicit port already in use would pass the readiness probe against its owner.
      chosen = await freePort(port);
      running = await launch(bin, dir, chosen, readyTimeoutMs, options);
    } catch (error) {
      if (port || attempt >= 2) {
        await rm(dir, { recursive: true, force: true });
        await relay?.stop();
        throw error;
      }
    }
  }
  let current = running;
  return {
    url: `ws://127.0.0.1:${chosen}`,
    port: chosen,
    domain: PBX_DOMAIN,
    accounts: [...DEMO_ACCOUNTS, ...(relay ? DESK_PHONE_ACCOUNTS : [])].map((account) => ({
      ...account,
    })),
    async stop() {
      await stopOwned(current);
      await rm(dir, { recursive: true, force: true });
      await relay?.stop();
    },
    // Registrations live in memory, so after a restart every phone must register again.
    async restart() {
      await stopOwned(current);
      current = await launch(bin, dir, chosen, readyTimeoutMs, options);
    },
  };
}

/**
 * `node scripts/pbx.mjs [--port N] [--debug] [--media-relay]`: one instance in the foreground;
 * --media-relay starts rtpengine too, for a desk phone without WebRTC (account 200).
 */
async function main() {
  const argv = process.argv.slice(2);
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node scripts/pbx.mjs [--port N] [--debug] [--media-relay]');
    process.exit(2);
  }
  const pbx = await startPbx({
    port,
    debug: argv.includes('--debug') || undefined,
    mediaRelay: argv.includes('--media-relay'),
  });
  console.log(`PBX ready: ${pbx.url}  (domain ${pbx.domain})`);
  for (const a of pbx.accounts) {
    console.log(`  ${a.user}@${pbx.domain}  password ${a.password}  (${a.displayName})`);
  }
  console.log('Ctrl-C to stop.');
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await pbx.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
