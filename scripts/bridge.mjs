// `npm run bridge:build`: the browser extension (a loadable folder and a zip) and the native host
// (one executable) in bridge/dist/. `--all` also builds the host for Windows and macOS.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './deps.mjs';

for (const script of ['buildExtension.mjs', 'buildHost.mjs']) {
  const args = script === 'buildHost.mjs' ? process.argv.slice(2) : [];
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
