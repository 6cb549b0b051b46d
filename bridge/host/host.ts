// The host as a browser starts it: checks the caller, then serves native messaging on stdin and
// stdout and listens on its one socket for links from the OS, until the browser closes stdin.
import { loadConfig } from './config';
import { makeHandler } from './handler';
import { configFile, type HostEnv, logFile, socketPath } from './hostEnv';
import { type Caller, callerText, forCaller, isTrusted } from './launch';
import { appendLog } from './log';
import { serveNativeMessaging } from './nativeMessaging';
import { runRule } from './runRule';
import { readSelection } from './selection';
import { listenForLinks } from './socket';

export async function runHost(
  caller: Caller,
  env: HostEnv,
  warn: (line: string) => void,
): Promise<number> {
  const loaded = await loadConfig(configFile(env));
  // A broken file still lets the extension's own ids in: its every run is then refused, naming
  // the field, which the phone can show; refusing the start would only say "host not found".
  const extensions = loaded.ok ? loaded.config.extensions : { chromium: [], firefox: [] };
  if (!loaded.ok) warn(`voispeed-bridge: ${loaded.problem}`);
  if (!isTrusted(caller, extensions)) {
    warn(
      `voispeed-bridge: ${callerText(caller)} is not allowed to start this host (see its config.json)`,
    );
    return 1;
  }

  const connection = serveNativeMessaging(
    process.stdin,
    process.stdout,
    makeHandler({
      run: (request) =>
        runRule(request, {
          loadConfig: async () => forCaller(caller, await loadConfig(configFile(env))),
          platform: env.platform,
          cwd: env.home,
          log: (line) => appendLog(logFile(env), line),
        }),
      selection: () => readSelection(env.platform, env.vars),
    }),
  );
  let listener: Awaited<ReturnType<typeof listenForLinks>>;
  try {
    listener = await listenForLinks(socketPath(env), env.platform, (link) =>
      connection.send({ v: 1, type: 'link', link }),
    );
  } catch (error) {
    warn(`voispeed-bridge: links from the OS will not arrive: ${(error as Error).message}`);
  }
  await connection.closed;
  await listener?.close();
  return 0;
}
