// The compiled binary, as a browser would start it: built here when missing or older than its
// sources, then sent a framed hello and a framed run of a rule that writes its argv to a file.
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrame, FrameReader } from '../../../bridge/host/frames';
import { HOST_VERSION } from '../../../bridge/host/version';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BINARY = join(ROOT, 'bridge/dist/voispeed-bridge');
const SOURCES = ['bridge/host', 'bridge/protocol', 'src/integra', 'src/phone', 'src/browser'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAfterSources(): boolean {
  try {
    const built = statSync(BINARY).mtimeMs;
    return SOURCES.every((dir) => newestSource(join(ROOT, dir)) < built);
  } catch {
    return false;
  }
}

const home = mkdtempSync(join(tmpdir(), 'bridge-bin-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

beforeAll(() => {
  if (builtAfterSources()) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/buildHost.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}, 60_000);

describe('the compiled host', () => {
  it('says its version', () => {
    const run = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
    expect(run.stdout).toBe(`${HOST_VERSION}\n`);
  });

  it('answers framed hello and run over stdio as the extension’s host', async () => {
    const out = join(home, 'argv.json');
    const script = join(home, 'argv.cjs');
    writeFileSync(
      script,
      "require('fs').writeFileSync(process.argv[2], JSON.stringify(process.argv.slice(3)));\n",
    );
    mkdirSync(join(home, '.config/voispeed-bridge'), { recursive: true });
    writeFileSync(
      join(home, '.config/voispeed-bridge/config.json'),
      JSON.stringify({
        version: 1,
        appUrl: '',
        extensions: { chromium: [], firefox: [] },
        rules: [
          {
            id: 'argv',
            command: `'${process.execPath}' '${script}' '${out}' !01 --name=!{display_name}`,
            timeoutSeconds: 10,
            shell: false,
          },
        ],
      }),
    );
    const child = spawn(BINARY, ['chrome-extension://fhfkpgilldaenfbobfpehcccnggfkhmo/'], {
      env: { PATH: process.env.PATH, HOME: home, XDG_RUNTIME_DIR: home },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const reader = new FrameReader();
    const answers: unknown[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      for (const event of reader.push(chunk))
        answers.push(event.type === 'message' ? event.value : event);
    });
    const hostile = '$(touch pwned); `id` | & "\'\n*';
    child.stdin.write(encodeFrame({ v: 1, id: 1, type: 'hello' }));
    child.stdin.write(
      encodeFrame({
        v: 1,
        id: 2,
        type: 'run',
        rule: 'argv',
        event: 'CALL_IN',
        values: { '01': '+39 02 1234', display_name: hostile },
      }),
    );
    for (let i = 0; i < 100 && answers.length < 2; i++) await new Promise((r) => setTimeout(r, 30));
    child.stdin.end();
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(answers).toEqual([
      { v: 1, id: 1, type: 'hello', version: HOST_VERSION },
      {
        v: 1,
        id: 2,
        type: 'ran',
        result: { ok: true, exitCode: 0, signal: null, timedOut: false, output: '' },
      },
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(['+39 02 1234', `--name=${hostile}`]);
    expect(code).toBe(0);
    // The socket went with the host.
    expect(readdirSync(home).some((name) => name.endsWith('.sock'))).toBe(false);
  }, 15_000);

  it('refuses a caller it does not know', () => {
    const run = spawnSync(BINARY, ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/'], {
      env: { PATH: process.env.PATH, HOME: home },
      input: '',
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not allowed to start this host');
  });
});
