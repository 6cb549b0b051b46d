// `npm run dev`: like `npm start`, but the app comes from Vite's dev server (hot module
// replacement, no build) instead of a production build. Installs what is missing, starts the
// local PBX (Kamailio) with the demo accounts, prints them and the link, and serves the app on
// 127.0.0.1. Ctrl+C stops both. The service worker is not registered in development.
import { ensureDebianPackages, ensureNpmPackages, ROOT } from './deps.mjs';

ensureNpmPackages();
ensureDebianPackages(['kamailio', 'websocket', 'presence']);

// Imported after the install step: Vite is an npm package, and keep the order obvious.
const { startPbx } = await import('./pbx.mjs');
const { createServer } = await import('vite');

const PBX_PORT = Number(process.env.PBX_PORT ?? 8088);
const APP_PORT = Number(process.env.APP_PORT ?? 5173);

const pbx = await startPbx({ port: PBX_PORT });
/** @type {import('vite').ViteDevServer} */
let vite;
try {
  // vite.config.ts already binds the dev server to 127.0.0.1.
  vite = await createServer({ root: ROOT, server: { port: APP_PORT, strictPort: true } });
  await vite.listen();
} catch (error) {
  await pbx.stop();
  throw error;
}

const url = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${APP_PORT}/`;
const rows = pbx.accounts.map(
  (a) => `  ${a.user}@${pbx.domain}   password ${a.password}   extension ${a.extension}`,
);
console.log(`
VOIspeed Web Phone (development) is running.

  Open:            ${url}   (a second window or browser profile for a second phone)
  PBX WebSocket:   ${pbx.url}

Demo accounts (enter one in Settings, with the PBX WebSocket URL above):
${rows.join('\n')}

Edits under src/ reload in the page. Press Ctrl+C to stop.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await Promise.allSettled([vite.close(), pbx.stop()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
