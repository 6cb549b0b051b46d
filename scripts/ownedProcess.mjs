// Servers the scripts and tests start (Kamailio, rtpengine): each in its own process group, tied
// to Node's life, and stopped with its whole group. A server that fails to start and signals its
// group (Kamailio does kill(0)) then hits only itself, not Node or another instance.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const STOP_GRACE_MS = 3000;

/** Live children, killed if this process exits without stopping them. */
/** @type {Set<import('node:child_process').ChildProcess>} */
const live = new Set();
let exitHookInstalled = false;

/**
 * Signals the child's process group: it reaches forked workers, even when the main process is
 * already gone.
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
 * @typedef {object} OwnedProcess
 * @property {import('node:child_process').ChildProcess} child
 * @property {Promise<number | null>} exited the exit code, -1 for a signal
 * @property {() => boolean} done
 * @property {() => string} stderr its last 8,000 characters
 */

/**
 * Spawns `bin` with its stderr kept (and echoed with `echo`), stdout shown only with `echo`.
 * @param {string} bin
 * @param {string[]} args
 * @param {{ echo?: boolean }} [options]
 * @returns {OwnedProcess}
 */
export function spawnOwned(bin, args, { echo = false } = {}) {
  // setpriv --pdeathsig: the kernel stops the server even if Node dies by SIGKILL.
  const usePdeath = existsSync('/usr/bin/setpriv');
  const child = spawn(
    usePdeath ? '/usr/bin/setpriv' : bin,
    usePdeath ? ['--pdeathsig', 'TERM', bin, ...args] : args,
    { stdio: ['ignore', echo ? 'inherit' : 'ignore', 'pipe'], detached: true },
  );
  live.add(child);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const running of live) signalGroup(running, 'SIGKILL');
    });
  }
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk) => {
    if (echo) process.stderr.write(chunk);
    // Keep only the tail: a long-running debug instance logs a lot.
    stderr = (stderr + chunk).slice(-8000);
  });
  let finished = false;
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      finished = true;
      resolve(code ?? (signal ? -1 : null));
    });
  });
  return { child, exited, done: () => finished, stderr: () => stderr };
}

/**
 * SIGTERM, then SIGKILL after a grace period; resolves when the process is gone.
 * @param {OwnedProcess} owned
 */
export async function stopOwned({ child, exited }) {
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
  // Workers that outlived the main process would keep the port bound.
  signalGroup(child, 'SIGKILL');
}
