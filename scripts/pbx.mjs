// Local development/test PBX: Kamailio with pbx/kamailio.cfg, registrar + proxy over plain
// WebSocket on 127.0.0.1. Used by the e2e tests (startPbx) and by `npm run pbx` for demos.
// Several instances can run at once: each gets its own port and its own temp runtime dir.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
/** @typedef {{ port?: number, debug?: boolean, readyTimeoutMs?: number }} PbxOptions */

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

export const CONFIG_PATH = fileURLToPath(new URL('../pbx/kamailio.cfg', import.meta.url));

const CANDIDATES = ['/usr/sbin/kamailio', '/usr/local/sbin/kamailio', '/usr/bin/kamailio'];
const STOP_GRACE_MS = 3000;

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

/** Live children, killed if this process exits without calling stop(). */
/** @type {Set<import('node:child_process').ChildProcess>} */
const live = new Set();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) signalGroup(child, 'SIGKILL');
  });
}

/**
 * Kamailio forks workers; signalling its process group reaches them all, even when the main
 * process is already gone.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
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
 * @param {boolean} debug
 */
function kamailioArgs(dir, port, debug) {
  const args = ['-DD', '-E', '-f', CONFIG_PATH, '-A', `WS_PORT=${port}`];
  // pua's PUBLISHes come back to this instance over plain TCP on the same port.
  args.push('-A', `PRESENCE_SERVER="sip:127.0.0.1:${port};transport=tcp"`);
  // pua binds a database even when it keeps all in memory: db_text here, where nothing is written.
  args.push('-A', `PUA_DB_URL="text://${dir}"`);
  if (debug) args.push('-A', 'WITH_DEBUG');
  args.push('-P', join(dir, 'kamailio.pid'), '-Y', dir, '-w', dir, '-m', '32', '-M', '8');
  return args;
}

/**
 * Spawns Kamailio and resolves once it accepts a WebSocket upgrade; rejects with its stderr
 * if it exits first or is not ready in time.
 * @param {string} bin
 * @param {string} dir
 * @param {number} port
 * @param {boolean} debug
 * @param {number} readyTimeoutMs
 */
async function launch(bin, dir, port, debug, readyTimeoutMs) {
  // setpriv --pdeathsig: the kernel stops Kamailio even if Node dies by SIGKILL.
  const usePdeath = existsSync('/usr/bin/setpriv');
  const command = usePdeath ? '/usr/bin/setpriv' : bin;
  const args = kamailioArgs(dir, port, debug);
  const child = spawn(command, usePdeath ? ['--pdeathsig', 'TERM', bin, ...args] : args, {
    stdio: ['ignore', debug ? 'inherit' : 'ignore', 'pipe'],
    // Own process group: a Kamailio that fails to start sends SIGTERM to its whole group
    // (kill(0)), which would otherwise hit Node and every other PBX instance.
    detached: true,
  });
  live.add(child);
  installExitHook();
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk) => {
    if (debug) process.stderr.write(chunk);
    // Keep only the tail: a long-running debug instance logs a lot.
    stderr = (stderr + chunk).slice(-8000);
  });
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(code ?? (signal ? -1 : null));
    });
  });
  let done = false;
  exited.then(() => {
    done = true;
  });
  const deadline = Date.now() + readyTimeoutMs;
  while (!done && Date.now() < deadline) {
    if (await acceptsUpgrade(port)) return { child, exited };
    await sleep(100);
  }
  if (!done) await kill(child, exited);
  throw new Error(
    `kamailio on port ${port} ${done ? `exited (${child.exitCode ?? child.signalCode})` : 'was not ready in time'}:\n${stderr.trim()}`,
  );
}

/**
 * SIGTERM, then SIGKILL after a grace period; resolves when the process is gone.
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<unknown>} exited
 */
async function kill(child, exited) {
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
  // Workers that outlived the main process would keep the port bound.
  signalGroup(child, 'SIGKILL');
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
} = {}) {
  const bin = kamailioPath();
  if (!bin) {
    const hint = 'apt-get install kamailio kamailio-websocket-modules kamailio-presence-modules';
    throw new Error(`kamailio is not installed (Debian: ${hint})`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'voispeed-pbx-'));
  await writePuaTables(dir);
  /** @type {Awaited<ReturnType<typeof launch>> | undefined} */
  let running;
  let chosen = port;
  for (let attempt = 0; !running; attempt++) {
    try {
      // An explicit port already in use would pass the readiness probe against its owner.
      chosen = await freePort(port);
      running = await launch(bin, dir, chosen, debug, readyTimeoutMs);
    } catch (error) {
      if (port || attempt >= 2) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  let current = running;
  return {
    url: `ws://127.0.0.1:${chosen}`,
    port: chosen,
    domain: PBX_DOMAIN,
    accounts: DEMO_ACCOUNTS.map((account) => ({ ...account })),
    async stop() {
      await kill(current.child, current.exited);
      await rm(dir, { recursive: true, force: true });
    },
    // Registrations live in memory, so after a restart every phone must register again.
    async restart() {
      await kill(current.child, current.exited);
      current = await launch(bin, dir, chosen, debug, readyTimeoutMs);
    },
  };
}

/** `node scripts/pbx.mjs [--port N] [--debug]`: one instance in the foreground. */
async function main() {
  const argv = process.argv.slice(2);
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node scripts/pbx.mjs [--port N] [--debug]');
    process.exit(2);
  }
  const pbx = await startPbx({ port, debug: argv.includes('--debug') || undefined });
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
