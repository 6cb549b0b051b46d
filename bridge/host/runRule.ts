// A browser's `run` request: the rule is looked up in the config file, read anew for this run, so
// an edit or a removed rule takes effect at once; the command is built from the rule's template
// and the request's values, and started.
import type { RunRequest, RunResult } from '../protocol/messages';
import { buildCommand } from './argv';
import type { Loaded } from './config';
import { cut, execute } from './execute';

export interface RunDeps {
  loadConfig: () => Promise<Loaded>;
  platform: NodeJS.Platform;
  /** The commands' working folder: the user's home, not wherever the browser was started. */
  cwd: string;
  /** One line per run, for the admin; optional. */
  log?: (line: string) => void;
}

const MAX_DETAIL = 500;

export async function runRule(
  request: Pick<RunRequest, 'rule' | 'event' | 'values'>,
  deps: RunDeps,
): Promise<RunResult> {
  const result = await run(request, deps);
  deps.log?.(logLine(request, result));
  return result;
}

async function run(
  request: Pick<RunRequest, 'rule' | 'values'>,
  deps: RunDeps,
): Promise<RunResult> {
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return refused(loaded.problem);
  const rule = loaded.config.rules.find((r) => r.id === request.rule);
  if (rule === undefined) {
    return { ok: false, error: 'unknown-rule', detail: `the bridge has no rule ${request.rule}` };
  }
  const built = buildCommand(rule, request.values, deps.platform);
  if (!built.ok) return refused(built.detail);
  return execute(built.command, {
    timeoutMs: rule.timeoutSeconds * 1000,
    cwd: deps.cwd,
    platform: deps.platform,
  });
}

function refused(detail: string): RunResult {
  return { ok: false, error: 'refused', detail: cut(detail, MAX_DETAIL) };
}

/** What ran and how it ended; the values stay out (they are callers' numbers and names). */
function logLine(request: Pick<RunRequest, 'rule' | 'event'>, result: RunResult): string {
  const outcome = result.ok
    ? `exit ${result.exitCode ?? '-'}${result.signal ? ` ${result.signal}` : ''}${result.timedOut ? ' timed out' : ''}`
    : `${result.error}: ${result.detail}`;
  return `${new Date().toISOString()} run ${request.rule} ${request.event} ${outcome}`;
}
