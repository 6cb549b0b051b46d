// `npm test`: installs what is missing, then runs every test: types, lint, unit and component,
// a production build, and the end-to-end tests against real Chromium, Firefox ESR and Kamailio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages, ensureNpmPackages, ROOT } from './deps.mjs';

ensureNpmPackages();
ensureDebianPackages([
  'kamailio',
  'websocket',
  'presence',
  'chromium',
  'firefox',
  'desktop',
  'baresip',
  'rtpengine',
  'turn',
]);

const reports = mkdtempSync(join(tmpdir(), 'voispeed-test-'));
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const vitest = (config, report) => [
  bin('vitest'),
  [
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, report)}`,
  ],
];
const steps = [
  ['types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('biome'), ['check', '.']],
  ['unit and component', ...vitest('vitest.config.ts', 'unit.json')],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  ['bridge build', process.execPath, [join(ROOT, 'scripts', 'bridge.mjs')]],
  ['end-to-end', ...vitest('vitest.e2e.config.ts', 'e2e.json')],
];

let failedStep = '';
for (const [name, command, args] of steps) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const report of ['unit.json', 'e2e.json']) {
  try {
    const json = JSON.parse(readFileSync(join(reports, report), 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    // That step did not run (an earlier one failed).
  }
}
rmSync(reports, { recursive: true, force: true });
if (failedStep) console.log(`\nStopped: the ${failedStep} step failed.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
