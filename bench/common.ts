// What every benchmark script shares: a fresh build of the app when the sources changed, and the
// statistics the figures are printed with. E2E_APP_ROOT (as for the end-to-end tests) puts the
// build elsewhere than dist/, e.g. /tmp/dist-bench while others use dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The folder the benchmarks build into and serve. */
export const appRoot = resolve(process.env.E2E_APP_ROOT || join(repoRoot, 'dist'));

export function buildIfStale(): void {
  const index = join(appRoot, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    ...[
      'src',
      'public',
      'index.html',
      'manifest.webmanifest',
      'vite.config.ts',
      'package.json',
    ].map((p) => newestMtime(join(repoRoot, p))),
  );
  if (built >= sources) {
    console.log(`${appRoot} is up to date, not rebuilding.`);
    return;
  }
  const args = ['vite', 'build', '--logLevel', 'warn', '--outDir', appRoot, '--emptyOutDir'];
  console.log(`${built ? `${appRoot} is older than the sources: ` : ''}npx ${args.join(' ')}`);
  const run = spawnSync('npx', args, { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) {
    if (!existsSync(index)) throw new Error(`vite build failed and there is no ${appRoot}`);
    console.log(`!! vite build failed: measuring the existing (stale) ${appRoot}`);
  }
}

/**
 * The app as shipped, built into a new temporary folder with a bench's seed page (`seedDir`, its
 * own index.html) under /bench-seed/: same origin as the app, so the same IndexedDB.
 */
export async function buildAppWithSeed(seedDir: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'voispeed-bench-'));
  await build({ root: repoRoot, logLevel: 'warn', build: { outDir: root, emptyOutDir: true } });
  await build({
    root: seedDir,
    configFile: false,
    base: '/bench-seed/',
    logLevel: 'warn',
    build: { outDir: join(root, 'bench-seed'), emptyOutDir: true, target: 'es2022' },
  });
  return root;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
export const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : Number.NaN);
