// Carries out an install or uninstall plan (install.ts), saying what each step did. Programs run
// with the plan's home in their environment, so xdg-mime edits the same home the files went to.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { HostEnv } from './hostEnv';
import { type Step, withoutHandler } from './install';

export type RunProgram = (
  file: string,
  args: string[],
) => Promise<{ ok: true } | { ok: false; missing: boolean; problem: string }>;

export function runProgram(env: HostEnv): RunProgram {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOME: env.home };
  for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME'] as const) {
    const value = env.vars[name];
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  return (file, args) =>
    new Promise((resolve) => {
      execFile(
        file,
        args,
        { env: childEnv, timeout: 20_000, windowsHide: true },
        (error, _stdout, stderr) => {
          if (error === null) return resolve({ ok: true });
          const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
          const problem = missing
            ? 'not installed'
            : (String(stderr).trim().split('\n')[0] ?? error.message);
          resolve({ ok: false, missing, problem: problem.slice(0, 200) });
        },
      );
    });
}

/** Each step's line for the user; throws on the first required step that fails. */
export async function applySteps(steps: Step[], run: RunProgram): Promise<string[]> {
  const said: string[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'copy': {
        mkdirSync(dirname(step.to), { recursive: true, mode: 0o700 });
        // Through a new file: a running copy of the binary cannot be overwritten in place.
        const temporary = `${step.to}.new`;
        copyFileSync(step.from, temporary);
        chmodSync(temporary, 0o755);
        renameSync(temporary, step.to);
        said.push(`installed ${step.to}`);
        break;
      }
      case 'write': {
        mkdirSync(dirname(step.path), { recursive: true, mode: 0o700 });
        writeFileSync(step.path, step.text, { mode: step.mode });
        chmodSync(step.path, step.mode);
        said.push(`wrote ${step.path}`);
        break;
      }
      case 'remove': {
        const removed = remove(step.path);
        if (removed) said.push(`removed ${step.path}`);
        break;
      }
      case 'forget-handler': {
        let text: string;
        try {
          text = readFileSync(step.path, 'utf8');
        } catch {
          break;
        }
        const edited = withoutHandler(text);
        if (edited !== text) {
          writeFileSync(step.path, edited);
          said.push(`removed the link handler from ${step.path}`);
        }
        break;
      }
      case 'run': {
        const ran = await run(step.file, step.args);
        const line = `${step.file} ${step.args.join(' ')}`;
        if (ran.ok) said.push(`ran ${line}`);
        else if (step.optional) said.push(`warning: skipped ${line}: ${ran.problem}`);
        else throw new Error(`${line} failed: ${ran.problem}`);
        break;
      }
      case 'note':
        said.push(`note: ${step.text}`);
        break;
    }
  }
  return said;
}

/** A file, or a folder when empty; false when there was nothing to remove or it stays. */
function remove(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM') return false;
  }
  try {
    rmdirSync(path);
    return true;
  } catch {
    return false;
  }
}
