// Starts one command and waits for it, within a time limit. No shell ever: the file and the
// arguments go to the OS as they are (the shell opt-in names /bin/sh itself, see argv.ts).
//
// spawn rather than execFile: execFile cannot ignore stdin, and its maxBuffer kills a command
// that only talks too much; here output past the limit is dropped and the command lives on.
import { spawn } from 'node:child_process';
import { MAX_OUTPUT, type RunResult } from '../protocol/messages';
import type { Command } from './argv';

export interface ExecuteOptions {
  timeoutMs: number;
  cwd: string;
  platform: NodeJS.Platform;
}

// A command that outlives its limit and whose pipes a grandchild still holds: answered anyway.
const GRACE_MS = 2000;

export function execute(command: Command, options: ExecuteOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    // Its own process group on POSIX, so the time limit ends what it started as well.
    const group = options.platform !== 'win32';
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command.file, command.args, {
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        detached: group,
        windowsHide: true,
        windowsVerbatimArguments: command.verbatim,
      });
    } catch (error) {
      resolve(cannotStart(command.file, error));
      return;
    }
    const stdout = new Capture();
    const stderr = new Capture();
    child.stdout?.on('data', (chunk: Buffer) => stdout.add(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));

    let timedOut = false;
    let settled = false;
    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      resolve(result);
    };
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      kill(child, group);
      grace = setTimeout(() => finish(ran(null, 'SIGKILL', true, stdout, stderr)), GRACE_MS);
    }, options.timeoutMs);

    child.on('error', (error) => finish(cannotStart(command.file, error)));
    child.on('close', (code, signal) => finish(ran(code, signal, timedOut, stdout, stderr)));
  });
}

function kill(child: ReturnType<typeof spawn>, group: boolean): void {
  try {
    if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function ran(
  code: number | null,
  signal: NodeJS.Signals | null,
  timedOut: boolean,
  stdout: Capture,
  stderr: Capture,
): RunResult {
  return {
    ok: true,
    exitCode: code,
    signal: signal ?? null,
    timedOut,
    output: cut(`${stdout.text()}${stderr.text()}`, MAX_OUTPUT),
  };
}

function cannotStart(file: string, error: unknown): RunResult {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return { ok: false, error: 'failed', detail: cut(`cannot start ${file}: ${code}`, 500) };
}

/** The first bytes of a stream, enough for MAX_OUTPUT characters of any UTF-8. */
class Capture {
  private chunks: Buffer[] = [];
  private size = 0;
  add(chunk: Buffer): void {
    const room = MAX_OUTPUT * 4 - this.size;
    if (room <= 0) return;
    const kept = chunk.subarray(0, room);
    this.chunks.push(kept);
    this.size += kept.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}
