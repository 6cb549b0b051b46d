// Types for scripts/ownedProcess.mjs (plain ESM so that Node runs it without a build step).
import type { ChildProcess } from 'node:child_process';

export interface OwnedProcess {
  child: ChildProcess;
  /** The exit code, -1 for a signal. */
  exited: Promise<number | null>;
  done(): boolean;
  /** Its last 8,000 characters of stderr. */
  stderr(): string;
}

export function spawnOwned(bin: string, args: string[], options?: { echo?: boolean }): OwnedProcess;

/** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone. */
export function stopOwned(owned: OwnedProcess): Promise<void>;
