// Installs what the two README commands need and is missing: npm packages and Debian packages.
// Used by scripts/start.mjs and scripts/test.mjs; safe to run again (it checks before it installs).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Debian packages each need brings in. */
export const DEBIAN = {
  kamailio: ['kamailio'],
  websocket: ['kamailio-websocket-modules'],
  // presence, presence_dialoginfo, pua, pua_dialoginfo: colleagues' call states (BLF).
  presence: ['kamailio-presence-modules'],
  chromium: ['chromium'],
  // The second engine of the end-to-end tests (test/e2e/firefox.test.ts).
  firefox: ['firefox-esr'],
  // The bridge's scheme handler: xdg-open, xdg-mime and update-desktop-database.
  desktop: ['xdg-utils', 'desktop-file-utils'],
  // A far end that is not a browser (test/e2e/baresip.test.ts): the core alone, no GUI or sound.
  baresip: ['baresip-core'],
  // The local PBX's media relay for a phone without WebRTC (test/e2e/deskPhone.test.ts).
  rtpengine: ['rtpengine-daemon'],
  // A real TURN server for the media-path faults (test/e2e/mediaBlip.test.ts).
  turn: ['coturn'],
};

/** Asks dpkg itself, which knows every architecture's file layout. */
function debianInstalled(name) {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax.
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.trim() === 'install ok installed';
}

function run(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureNpmPackages() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** apt-get install the missing ones among the named Debian needs (root, or sudo without a password). */
export function ensureDebianPackages(needs) {
  const missing = needs.flatMap((need) => DEBIAN[need]).filter((name) => !debianInstalled(name));
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install ${missing.join(' ')}`,
    );
  }
  const apt = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  const [command, ...prefix] = isRoot ? apt : ['sudo', '-n', ...apt];
  run(command, [...prefix, 'update', '-qq']);
  run(command, [...prefix, 'install', '-y', '-qq', ...missing]);
}
