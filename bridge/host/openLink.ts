// `voispeed-bridge open <link>`, which the OS runs for voispeed: and callto: links: the link goes
// to the host a browser is running, and when there is none, to the app's own address in the
// default browser, which reads the `uri` parameter.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { appLinkUrl, checkLink } from './link';

export type Sent = { ok: true } | { ok: false; problem: string };

/** Hands the link to the running host's socket and waits for its `ok` or `refused: …`. */
export function sendLink(path: string, link: string, timeoutMs = 3000): Promise<Sent> {
  return new Promise((resolve) => {
    const socket = connect(path);
    let answer = '';
    const done = (sent: Sent) => {
      socket.destroy();
      resolve(sent);
    };
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () =>
      done({ ok: false, problem: 'the running host did not answer' }),
    );
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done({ ok: false, problem: `no running host (${error.code})` }),
    );
    socket.once('connect', () => socket.write(`${JSON.stringify({ v: 1, type: 'link', link })}\n`));
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (!answer.includes('\n')) return;
      const line = answer.slice(0, answer.indexOf('\n'));
      done(line === 'ok' ? { ok: true } : { ok: false, problem: line.slice(0, 200) });
    });
    socket.once('end', () =>
      done({ ok: false, problem: 'the running host closed without an answer' }),
    );
  });
}

/**
 * The program that opens an address in the default browser, with the address as one argument.
 * On Windows never `cmd /c start`: cmd.exe would read the `&` of the query as a command separator.
 */
export function opener(platform: NodeJS.Platform, url: string): { file: string; args: string[] } {
  if (platform === 'win32')
    return { file: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { file: 'open', args: [url] };
  return { file: 'xdg-open', args: [url] };
}

export function openUrl(platform: NodeJS.Platform, url: string): Promise<Sent> {
  const { file, args } = opener(platform, url);
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, problem: `cannot start ${file}: ${error.code}` }),
    );
    child.once('spawn', () => {
      child.unref();
      resolve({ ok: true });
    });
  });
}

export interface OpenDeps {
  socketPath: string;
  appUrl: () => Promise<string>;
  platform: NodeJS.Platform;
  open?: (url: string) => Promise<Sent>;
}

export type Opened =
  | { ok: true; how: 'host' | 'app'; url?: string }
  | { ok: false; problem: string };

export async function openLink(input: string, deps: OpenDeps): Promise<Opened> {
  const checked = checkLink(input);
  if (!checked.ok) return checked;
  const sent = await sendLink(deps.socketPath, checked.link);
  if (sent.ok) return { ok: true, how: 'host' };
  const appUrl = await deps.appUrl();
  if (appUrl === '') {
    return {
      ok: false,
      problem: `${sent.problem}, and no app address is set: run voispeed-bridge install --app-url <address>`,
    };
  }
  // Through URL once, so the address is in its normal form (no spaces) before the link is added.
  const url = appLinkUrl(new URL(appUrl).href, checked.link);
  const opened = await (deps.open ?? ((u) => openUrl(deps.platform, u)))(url);
  return opened.ok ? { ok: true, how: 'app', url } : opened;
}
