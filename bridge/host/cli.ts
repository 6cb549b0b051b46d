// The host's commands for the user and the admin: install, uninstall, the rules, a test run, and
// `open`, which the OS runs for a link. Each returns its exit code; output goes through `io`.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { checkHostRequest, problemText, type RunRequest, readMessage } from '../protocol/messages';
import { applySteps, type RunProgram, runProgram } from './applySteps';
import {
  checkAppUrl,
  checkConfig,
  DEFAULT_TIMEOUT_SECONDS,
  type HostConfig,
  loadConfig,
  saveConfig,
} from './config';
import { type FlagSpec, type Parsed, parseFlags } from './flags';
import { configFile, type HostEnv, logFile, socketPath } from './hostEnv';
import { installedConfig, installPlan, uninstallPlan } from './install';
import { appendLog } from './log';
import { openLink } from './openLink';
import { runRule } from './runRule';
import { CHROMIUM_ID, FIREFOX_ID } from './trusted';
import { HOST_VERSION, PROGRAM } from './version';

export interface Io {
  env: HostEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  /** This program's own file: the compiled binary, or node/bun when run from source. */
  execPath: string;
  /** Runs install's helper programs (xdg-mime, reg.exe); tests hand in a recorder. */
  run?: RunProgram;
}

export const SUBCOMMANDS = [
  'install',
  'uninstall',
  'rules',
  'rule',
  'test',
  'open',
  'help',
  '--help',
  '-h',
  '--version',
];

export const HELP = `${PROGRAM} ${HOST_VERSION}: the VOIspeed Web Phone's native host

  ${PROGRAM} install --app-url URL [--extension-id ID ...] [--firefox-id ID ...]
                  [--browser-dir DIR ...] [--binary PATH]
  ${PROGRAM} uninstall [--browser-dir DIR ...] [--purge]
  ${PROGRAM} rules                       list the rules
  ${PROGRAM} rule add ID [--timeout S] [--shell] -- 'PROGRAM ARG !01 ...'
  ${PROGRAM} rule remove ID
  ${PROGRAM} test ID [--value 01=201 ...]   run a rule now and print the result
  ${PROGRAM} open LINK                   hand a voispeed:/callto:/tel:/sip: link to the phone
  ${PROGRAM} --version | --help

Browsers start it with their own arguments; it then speaks native messaging on stdin/stdout.`;

export async function runCli(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(HELP);
      return 0;
    case '--version':
      io.out(HOST_VERSION);
      return 0;
    case 'install':
      return install(rest, io);
    case 'uninstall':
      return uninstall(rest, io);
    case 'rules':
      return listRules(io);
    case 'rule':
      if (rest[0] === 'add') return addRule(rest.slice(1), io);
      if (rest[0] === 'remove') return removeRule(rest.slice(1), io);
      return fail(io, 'rule add or rule remove?');
    case 'test':
      return testRule(rest, io);
    case 'open':
      return open(rest, io);
    default:
      return fail(io, `unknown command ${command.slice(0, 60)} (see ${PROGRAM} --help)`);
  }
}

function fail(io: Io, problem: string): number {
  io.err(`${PROGRAM}: ${problem}`);
  return 2;
}

function flags(args: readonly string[], spec: FlagSpec, io: Io): Parsed | undefined {
  const parsed = parseFlags(args, spec);
  if (parsed.ok) return parsed.parsed;
  fail(io, parsed.problem);
  return undefined;
}

/** The config as it is, or undefined after saying what is wrong with it: nothing is changed. */
async function currentConfig(io: Io): Promise<HostConfig | undefined> {
  const loaded = await loadConfig(configFile(io.env));
  if (loaded.ok) return loaded.config;
  fail(io, `${loaded.problem}; fix or remove ${configFile(io.env)} first`);
  return undefined;
}

async function save(io: Io, config: HostConfig): Promise<number> {
  const checked = checkConfig(config);
  if (!checked.ok) return fail(io, problemText(checked));
  await saveConfig(configFile(io.env), checked.value);
  return 0;
}

async function listRules(io: Io): Promise<number> {
  const config = await currentConfig(io);
  if (!config) return 2;
  if (config.rules.length === 0)
    io.out(`no rules yet (${PROGRAM} rule add ID -- 'PROGRAM ARG !01 ...')`);
  for (const rule of config.rules) {
    io.out(`${rule.id}\t${rule.timeoutSeconds}s${rule.shell ? '\tshell' : ''}\t${rule.command}`);
  }
  return 0;
}

async function addRule(args: readonly string[], io: Io): Promise<number> {
  const parsed = flags(args, { values: ['timeout'], switches: ['shell'] }, io);
  if (!parsed) return 2;
  const [id, ...words] = parsed.words;
  const template = [...words, ...(parsed.rest ?? [])].join(' ');
  if (id === undefined || template === '')
    return fail(io, "rule add ID [--timeout S] [--shell] -- 'PROGRAM ARG !01 ...'");
  const timeoutText = parsed.values.get('timeout')?.at(-1);
  const timeoutSeconds = timeoutText === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(timeoutText);
  const config = await currentConfig(io);
  if (!config) return 2;
  if (config.rules.some((rule) => rule.id === id))
    return fail(io, `a rule ${id} exists; remove it first`);
  const rule = { id, command: template, timeoutSeconds, shell: parsed.switches.has('shell') };
  const code = await save(io, { ...config, rules: [...config.rules, rule] });
  if (code === 0) io.out(`added ${id}: ${template}`);
  return code;
}

async function removeRule(args: readonly string[], io: Io): Promise<number> {
  const [id, ...extra] = args;
  if (id === undefined || extra.length > 0) return fail(io, 'rule remove ID');
  const config = await currentConfig(io);
  if (!config) return 2;
  if (!config.rules.some((rule) => rule.id === id)) return fail(io, `there is no rule ${id}`);
  const code = await save(io, { ...config, rules: config.rules.filter((rule) => rule.id !== id) });
  if (code === 0) io.out(`removed ${id}`);
  return code;
}

async function testRule(args: readonly string[], io: Io): Promise<number> {
  const parsed = flags(args, { values: ['value'], switches: [] }, io);
  if (!parsed) return 2;
  const [id, ...extra] = parsed.words;
  if (id === undefined || extra.length > 0) return fail(io, 'test ID [--value 01=201 ...]');
  const values: Record<string, string> = {};
  for (const pair of parsed.values.get('value') ?? []) {
    const equals = pair.indexOf('=');
    if (equals < 1)
      return fail(io, `--value ${pair}: write it as KEY=VALUE (01=201, display_name=Ann)`);
    values[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  // The same check as a browser's request, so a test shows what the phone would get.
  const checked = readMessage(checkHostRequest, {
    v: 1,
    id: 1,
    type: 'run',
    rule: id,
    event: 'TEST',
    values,
  });
  if (!checked.ok) return fail(io, problemText(checked));
  const env = io.env;
  const result = await runRule(checked.value as RunRequest, {
    loadConfig: () => loadConfig(configFile(env)),
    platform: env.platform,
    cwd: env.home,
    log: (line) => appendLog(logFile(env), line),
  });
  if (!result.ok) {
    io.err(`${result.error}: ${result.detail}`);
    return 1;
  }
  const how = result.timedOut
    ? 'timed out'
    : result.signal
      ? `ended by ${result.signal}`
      : `exit code ${result.exitCode}`;
  io.out(how);
  if (result.output !== '') io.out(result.output);
  return result.exitCode === 0 ? 0 : 1;
}

async function open(args: readonly string[], io: Io): Promise<number> {
  if (args.length !== 1) return fail(io, 'open LINK');
  const env = io.env;
  const opened = await openLink(args[0] as string, {
    socketPath: socketPath(env),
    platform: env.platform,
    appUrl: async () => {
      const loaded = await loadConfig(configFile(env));
      return loaded.ok ? loaded.config.appUrl : '';
    },
  });
  if (!opened.ok) return fail(io, opened.problem);
  return 0;
}

const RUNTIMES = ['node', 'node.exe', 'bun', 'bun.exe', 'tsx'];

async function install(args: readonly string[], io: Io): Promise<number> {
  const parsed = flags(
    args,
    { values: ['app-url', 'extension-id', 'firefox-id', 'browser-dir', 'binary'], switches: [] },
    io,
  );
  if (!parsed) return 2;
  if (parsed.words.length > 0) return fail(io, `unexpected ${parsed.words[0]}`);
  const appUrl = parsed.values.get('app-url')?.at(-1);
  if (appUrl === undefined) return fail(io, 'install needs --app-url, the web phone’s address');
  const url = checkAppUrl(appUrl, '--app-url');
  if (!url.ok) return fail(io, problemText(url));
  const chromiumIds = parsed.values.get('extension-id') ?? [];
  const firefoxIds = parsed.values.get('firefox-id') ?? [];
  const bad =
    chromiumIds.find((id) => !CHROMIUM_ID.test(id)) ??
    firefoxIds.find((id) => !FIREFOX_ID.test(id));
  if (bad !== undefined) return fail(io, `not an extension id: ${bad}`);

  const binary = parsed.values.get('binary')?.at(-1) ?? io.execPath;
  if (RUNTIMES.includes(basename(binary).toLowerCase())) {
    return fail(
      io,
      'install copies the compiled binary (scripts/buildHost.mjs), not a script runtime: run it from the binary',
    );
  }
  if (!existsSync(binary)) return fail(io, `no binary at ${binary}`);

  const existing = await currentConfig(io);
  if (!existing) return 2;
  const options = {
    binary,
    appUrl: url.value,
    chromiumIds,
    firefoxIds,
    browserDirs: parsed.values.get('browser-dir') ?? [],
  };
  const config = installedConfig(existing, options);
  const checked = checkConfig(config);
  if (!checked.ok) return fail(io, problemText(checked));
  return carryOut(installPlan(io.env, checked.value, options, existsSync), io, 'installed');
}

async function uninstall(args: readonly string[], io: Io): Promise<number> {
  const parsed = flags(args, { values: ['browser-dir'], switches: ['purge'] }, io);
  if (!parsed) return 2;
  if (parsed.words.length > 0) return fail(io, `unexpected ${parsed.words[0]}`);
  const steps = uninstallPlan(io.env, {
    browserDirs: parsed.values.get('browser-dir') ?? [],
    purge: parsed.switches.has('purge'),
  });
  const code = await carryOut(steps, io, 'uninstalled');
  if (code === 0 && !parsed.switches.has('purge'))
    io.out(`kept ${configFile(io.env)} (--purge removes it)`);
  return code;
}

async function carryOut(
  steps: Parameters<typeof applySteps>[0],
  io: Io,
  done: string,
): Promise<number> {
  try {
    for (const line of await applySteps(steps, io.run ?? runProgram(io.env))) io.out(line);
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  io.out(done);
  return 0;
}
