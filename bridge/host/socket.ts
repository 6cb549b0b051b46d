// The running host's one way in from the OS: a local socket (a named pipe on Windows) on which
// `voispeed-bridge open` hands it a link to pass to the browser. Nothing else is accepted, and
// there is no network listener: a Unix socket in the user's own folder, mode 0600.
import { chmodSync, mkdirSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import { literal, object, text } from '../protocol/check';
import { MAX_LINK } from '../protocol/messages';
import { type CheckedLink, checkLink } from './link';

/** The longest request line: a link of MAX_LINK characters, escaped as JSON, and its envelope. */
export const MAX_LINE = MAX_LINK * 6 + 100;
const IDLE_MS = 5000;

const request = object({ v: literal(1), type: literal('link'), link: text({ max: MAX_LINK }) });

/** One request line, `{"v":1,"type":"link","link":"…"}`, checked. Pure. */
export function readLinkLine(line: string): CheckedLink {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { ok: false, problem: 'the request is not JSON' };
  }
  const checked = request(input, '');
  if (!checked.ok)
    return { ok: false, problem: `${checked.field || 'the request'} ${checked.problem}` };
  return checkLink(checked.value.link);
}

export interface LinkListener {
  close: () => Promise<void>;
}

/**
 * Listens until closed. Undefined when another host already listens there (a second browser):
 * links then go to that one. A socket file nobody answers on is left from a crash and removed.
 */
export async function listenForLinks(
  path: string,
  platform: NodeJS.Platform,
  onLink: (link: string) => void,
): Promise<LinkListener | undefined> {
  if (await answers(path)) return undefined;
  if (platform !== 'win32') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    removeFile(path);
  }
  const server = createServer((socket) => serve(socket, onLink));
  // The socket is created 0600 from the start (the umask), not chmod-ed after a window.
  const mask = platform === 'win32' ? undefined : process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } finally {
    if (mask !== undefined) process.umask(mask);
  }
  if (platform !== 'win32') chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        (server as Server).close(() => resolve());
        if (platform !== 'win32') removeFile(path);
      }),
  };
}

function serve(socket: Socket, onLink: (link: string) => void): void {
  socket.setEncoding('utf8');
  socket.setTimeout(IDLE_MS, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  let line = '';
  let done = false;
  socket.on('data', (chunk: string) => {
    if (done) return;
    line += chunk;
    const end = line.indexOf('\n');
    if (end < 0 && line.length <= MAX_LINE) return;
    done = true;
    if (end < 0 || end > MAX_LINE) {
      socket.end('refused: the request is too long\n');
      return;
    }
    const checked = readLinkLine(line.slice(0, end));
    if (!checked.ok) {
      socket.end(`refused: ${checked.problem}\n`);
      return;
    }
    onLink(checked.link);
    socket.end('ok\n');
  });
}

/** True when a host listens at `path`. */
export function answers(path: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    const done = (alive: boolean) => {
      socket.destroy();
      resolve(alive);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Not there.
  }
}
