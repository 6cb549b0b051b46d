// The host's log beside its config: one line per run. Kept small by hand-over to one old file,
// since nothing else on a desktop rotates it. A log that cannot be written never stops a run.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export const MAX_LOG_BYTES = 1024 * 1024;

export function appendLog(path: string, line: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      if (statSync(path).size > MAX_LOG_BYTES) renameSync(path, `${path}.1`);
    } catch {
      // No log yet.
    }
    appendFileSync(path, `${line.replace(/[\r\n]+/g, ' ')}\n`, { mode: 0o600 });
  } catch {
    // The log is a help, not a duty.
  }
}
