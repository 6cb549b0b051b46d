// `npm start`: installs what is missing, starts the local PBX (Kamailio) with the demo accounts,
// builds and serves the app on 127.0.0.1 with a config.json for that PBX (docs/provisioning.md),
// and prints what to open. Ctrl+C stops everything.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDebianPackages, ensureNpmPackages, ROOT } from './deps.mjs';

ensureNpmPackages();
ensureDebianPackages(['kamailio', 'websocket', 'presence']);

// Imported after the install step: they are plain Node modules, but keep the order obvious.
const { startPbx } = await import('./pbx.mjs');
const { startApp } = await import('./serve.mjs');

const PBX_PORT = Number(process.env.PBX_PORT ?? 8088);
const APP_PORT = Number(process.env.APP_PORT ?? 4173);

console.log('Building the app…');
const build = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'vite'),
  ['build', '--logLevel', 'warn'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const pbx = await startPbx({ port: PBX_PORT });
// Served from memory, not written into dist/: a deploy of dist/ must not carry this machine's PBX.
const config = {
  v: 1,
  account: { pbxUrl: pbx.url, sipDomain: pbx.domain },
  locked: ['account.pbxUrl'],
};
const files = { '/config.json': `${JSON.stringify(config, null, 2)}\n` };
const app = await startApp({ port: APP_PORT, files }).catch(async (error) => {
  await pbx.stop();
  throw error;
});

const rows = pbx.accounts.map(
  (a) => `  ${a.user.padEnd(6)} password ${a.password}   (SIP address ${a.user}@${pbx.domain})`,
);
console.log(`
VOIspeed Web Phone is running.

  Open:            ${app.url}   (a second window or browser profile for a second phone)
  PBX WebSocket:   ${pbx.url}
  config.json:     ${app.url}config.json   (PBX URL set and locked, SIP domain ${pbx.domain})

Demo accounts (type only the user and the password; the rest comes from config.json):
${rows.join('\n')}

Press Ctrl+C to stop.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await Promise.allSettled([app.stop(), pbx.stop()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
