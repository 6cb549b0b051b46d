// Builds the bridge's native host into one self-contained binary per OS with `bun build
// --compile` (the browsers start a program, not a script, and the user has no Node to rely on).
// `node scripts/buildHost.mjs` builds for this Linux x64 machine; `--all` also builds Windows and
// macOS, whose runtimes bun fetches from the npm registry the first time.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUN = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'bun.exe' : 'bun');
const ENTRY = join(ROOT, 'bridge', 'host', 'main.ts');
const DIST = join(ROOT, 'bridge', 'dist');

const TARGETS = [
  { target: undefined, outfile: 'voispeed-bridge' },
  { target: 'bun-windows-x64', outfile: 'voispeed-bridge.exe' },
  { target: 'bun-darwin-arm64', outfile: 'voispeed-bridge-darwin-arm64' },
  { target: 'bun-darwin-x64', outfile: 'voispeed-bridge-darwin-x64' },
];

const all = process.argv.includes('--all');
mkdirSync(DIST, { recursive: true });
for (const { target, outfile } of all ? TARGETS : TARGETS.slice(0, 1)) {
  const args = ['build', '--compile', '--minify', ENTRY, '--outfile', join(DIST, outfile)];
  if (target) args.push(`--target=${target}`);
  const run = spawnSync(BUN, args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`buildHost: bun build failed for ${target ?? 'this machine'}`);
    process.exit(run.status ?? 1);
  }
}
