// The rules commands against a temporary home: what they write to the config file, and that a
// bad command or a broken file changes nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../bridge/host/cli';
import type { HostEnv } from '../../../bridge/host/hostEnv';
import { HOST_VERSION } from '../../../bridge/host/version';

let home: string;
let env: HostEnv;
let out: string[];
let err: string[];
const cli = (...args: string[]) =>
  runCli(args, {
    env,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    execPath: '/usr/bin/node',
  });
const configPath = () => join(home, '.config/voispeed-bridge/config.json');
const config = () => JSON.parse(readFileSync(configPath(), 'utf8'));

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'bridge-cli-'));
  env = { platform: process.platform, home, vars: {} };
  out = [];
  err = [];
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('the rules CLI', () => {
  it('adds, lists and removes rules', async () => {
    expect(
      await cli(
        'rule',
        'add',
        'crm-log',
        '--timeout',
        '20',
        '--',
        '/usr/bin/crm',
        '--number',
        '!01',
        "--name='!{display_name}'",
      ),
    ).toBe(0);
    expect(await cli('rule', 'add', 'pop', '--shell', '--', 'crm-pop !01 | logger')).toBe(0);
    expect(config().rules).toEqual([
      {
        id: 'crm-log',
        command: "/usr/bin/crm --number !01 --name='!{display_name}'",
        timeoutSeconds: 20,
        shell: false,
      },
      { id: 'pop', command: 'crm-pop !01 | logger', timeoutSeconds: 10, shell: true },
    ]);
    out = [];
    expect(await cli('rules')).toBe(0);
    expect(out).toEqual([
      "crm-log\t20s\t/usr/bin/crm --number !01 --name='!{display_name}'",
      'pop\t10s\tshell\tcrm-pop !01 | logger',
    ]);
    expect(await cli('rule', 'remove', 'pop')).toBe(0);
    expect(config().rules.map((r: { id: string }) => r.id)).toEqual(['crm-log']);
  });

  it('refuses a bad rule, naming the problem, and leaves the file as it was', async () => {
    await cli('rule', 'add', 'a', '--', 'prog');
    const before = readFileSync(configPath(), 'utf8');
    const bad: string[][] = [
      ['rule', 'add', 'a', '--', 'prog'],
      ['rule', 'add', 'b', '--timeout', '0', '--', 'prog'],
      ['rule', 'add', 'b', '--', "prog 'open"],
      ['rule', 'add', 'b', '--', '!01', 'x'],
      ['rule', 'add', 'b', '--', 'prog', '!{nope}'],
      ['rule', 'add', '../b', '--', 'prog'],
      ['rule', 'add', 'b', '--bogus', '--', 'prog'],
      ['rule', 'remove', 'zzz'],
    ];
    for (const args of bad) expect(await cli(...args), args.join(' ')).toBe(2);
    expect(err).toEqual([
      'voispeed-bridge: a rule a exists; remove it first',
      'voispeed-bridge: rules[1].timeoutSeconds must be a whole number from 1 to 300',
      'voispeed-bridge: rules[1].command has a single quote that is not closed',
      'voispeed-bridge: rules[1].command names a placeholder in the program: the program must be fixed',
      'voispeed-bridge: rules[1].command names an unknown placeholder !{nope}',
      'voispeed-bridge: rules[1].id has a bad form',
      'voispeed-bridge: unknown option --bogus',
      'voispeed-bridge: there is no rule zzz',
    ]);
    expect(readFileSync(configPath(), 'utf8')).toBe(before);
  });

  it('refuses to touch a broken file', async () => {
    mkdirSync(join(home, '.config/voispeed-bridge'), { recursive: true });
    writeFileSync(
      configPath(),
      '{"version":1,"appUrl":"","extensions":{"chromium":[],"firefox":[]},"rules":[],"x":1}',
    );
    expect(await cli('rule', 'add', 'a', '--', 'prog')).toBe(2);
    expect(err[0]).toContain("the config file's x is not a known field");
    expect(await cli('rules')).toBe(2);
  });

  it('tests a rule with values, as the phone would run it', async () => {
    const file = join(home, 'out.txt');
    await cli(
      'rule',
      'add',
      'w',
      '--',
      `${process.execPath} -e "require('fs').writeFileSync(process.argv[1], process.argv[2])" '${file}' !{display_name}`,
    );
    expect(await cli('test', 'w', '--value', 'display_name=Ann; rm -rf ~')).toBe(0);
    expect(out.at(-1)).toBe('exit code 0');
    expect(readFileSync(file, 'utf8')).toBe('Ann; rm -rf ~');
    expect(await cli('test', 'w', '--value', 'display_name=-x')).toBe(1);
    expect(err.at(-1)).toBe('refused: the value of !{display_name} starts with -');
    expect(await cli('test', 'w', '--value', 'BAD KEY=1')).toBe(2);
    expect(await cli('test', 'nope')).toBe(1);
    expect(err.at(-1)).toBe('unknown-rule: the bridge has no rule nope');
    // The run left a line in the log beside the config, without the values.
    expect(readFileSync(join(home, '.config/voispeed-bridge/bridge.log'), 'utf8')).not.toContain(
      'Ann',
    );
  });

  it('says its version and help, and refuses an unknown command', async () => {
    expect(await cli('--version')).toBe(0);
    expect(out).toEqual([HOST_VERSION]);
    expect(await cli('--help')).toBe(0);
    expect(out[1]).toContain('rule add ID');
    expect(await cli('frobnicate')).toBe(2);
  });
});
