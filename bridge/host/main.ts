// The host's entry: a browser's launch (its extension's origin, or Firefox's manifest path and
// add-on id) serves native messaging; anything else is a command of the CLI.
import { runCli, SUBCOMMANDS } from './cli';
import { runHost } from './host';
import { currentEnv } from './hostEnv';
import { launchOf } from './launch';

async function main(args: string[]): Promise<number> {
  const env = currentEnv();
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  const launch = launchOf(args, SUBCOMMANDS);
  if (launch.kind === 'bad') {
    warn(`voispeed-bridge: ${launch.problem}`);
    return 2;
  }
  if (launch.kind === 'browser') return runHost(launch.caller, env, warn);
  return runCli(args, {
    env,
    out: (line) => process.stdout.write(`${line}\n`),
    err: warn,
    execPath: process.execPath,
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `voispeed-bridge: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
