// What every benchmark script shares: a fresh build of dist/ when the sources changed, and the
// statistics the figures are printed with.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function buildIfStale(): void {
  const index = join(repoRoot, 'dist/index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
      newestMtime(join(repoRoot, p)),
    ),
  );
  if (built >= sources) {
    console.log('dist/ is up to date, not rebuilding.');
    return;
  }
  console.log(built ? 'dist/ is older than the sources: npx vite build' : 'npx vite build');
  const run = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) {
    if (!existsSync(index)) throw new Error('vite build failed and there is no dist/');
    console.log('!! vite build failed: measuring the existing (stale) dist/');
  }
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
export const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : Number.NaN);
