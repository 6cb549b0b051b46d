// Real child processes: the rule's program is Node running a tiny script that writes the argv it
// was given to a file, so the test sees exactly what the OS handed the program.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyConfig, type HostConfig, type Rule } from '../../../bridge/host/config';
import { runRule } from '../../../bridge/host/runRule';

const dir = mkdtempSync(join(tmpdir(), 'bridge-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = join(dir, 'argv.cjs');
writeFileSync(
  script,
  "require('fs').writeFileSync(process.argv[2], JSON.stringify(process.argv.slice(3)));\n" +
    "process.stdout.write('out:'); process.stderr.write('err');\n",
);
const q = (path: string) => `'${path}'`;

function deps(rules: Rule[], lines: string[] = []) {
  const config: HostConfig = { ...emptyConfig(), rules };
  return {
    loadConfig: async () => ({ ok: true as const, config }),
    platform: process.platform,
    cwd: dir,
    log: (line: string) => lines.push(line),
  };
}

const rule = (id: string, command: string, timeoutSeconds = 10, shell = false): Rule => ({
  id,
  command,
  timeoutSeconds,
  shell,
});

describe('runRule', () => {
  it('hands the program each hostile value as one argument, exactly', async () => {
    const out = join(dir, 'argv.json');
    const hostile = `a; b | c & $(id) \`id\` 'q' "dq" *\n# x\t~ %PATH%`;
    const lines: string[] = [];
    const result = await runRule(
      {
        rule: 'echo-argv',
        event: 'TEST',
        values: { '01': '+39 02 1234', display_name: hostile, 'sip:x-a': '' },
      },
      deps(
        [
          rule(
            'echo-argv',
            `${q(process.execPath)} ${q(script)} ${q(out)} !01 !{display_name} --h=!{sip:x-a} "!01 !01"`,
          ),
        ],
        lines,
      ),
    );
    expect(result).toEqual({
      ok: true,
      exitCode: 0,
      signal: null,
      timedOut: false,
      output: 'out:err',
    });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([
      '+39 02 1234',
      hostile,
      '--h=',
      '+39 02 1234 +39 02 1234',
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ run echo-argv TEST exit 0$/);
    expect(lines[0]).not.toContain('1234');
  });

  it('kills a command at its time limit and says so', async () => {
    const started = Date.now();
    const result = await runRule(
      { rule: 'slow', event: 'TEST', values: {} },
      deps([rule('slow', 'sleep 5', 1)]),
    );
    expect(result).toMatchObject({ ok: true, exitCode: null, signal: 'SIGKILL', timedOut: true });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('kills what a shell rule started too', async () => {
    const started = Date.now();
    const result = await runRule(
      { rule: 'slow', event: 'TEST', values: {} },
      deps([rule('slow', 'sleep 5; sleep 5', 1, true)]),
    );
    expect(result).toMatchObject({ ok: true, timedOut: true });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('reports the exit code and a program that cannot start', async () => {
    expect(
      await runRule({ rule: 'x', event: 'TEST', values: {} }, deps([rule('x', 'sh -c "exit 3"')])),
    ).toMatchObject({ ok: true, exitCode: 3 });
    expect(
      await runRule(
        { rule: 'x', event: 'TEST', values: {} },
        deps([rule('x', '/nonexistent/prog a')]),
      ),
    ).toEqual({ ok: false, error: 'failed', detail: 'cannot start /nonexistent/prog: ENOENT' });
  });

  it('refuses an unknown rule, a refused value and a bad config without starting anything', async () => {
    expect(await runRule({ rule: 'nope', event: 'TEST', values: {} }, deps([]))).toEqual({
      ok: false,
      error: 'unknown-rule',
      detail: 'the bridge has no rule nope',
    });
    expect(
      await runRule(
        { rule: 'x', event: 'TEST', values: { '01': '-rf' } },
        deps([rule('x', 'touch !01')]),
      ),
    ).toEqual({ ok: false, error: 'refused', detail: 'the value of !01 starts with -' });
    const bad = {
      ...deps([]),
      loadConfig: async () => ({
        ok: false as const,
        problem: "the config file's version must be 1",
      }),
    };
    expect(await runRule({ rule: 'x', event: 'TEST', values: {} }, bad)).toEqual({
      ok: false,
      error: 'refused',
      detail: "the config file's version must be 1",
    });
  });
});
