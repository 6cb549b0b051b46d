// The host's own file: which extensions may start it, the app's address, and the rules. Only the
// host's CLI or the admin writes it, never a browser message. It is checked whole each time it is
// read: one bad field and nothing of it is used, and every run is refused naming that field.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  boolean,
  type Checked,
  type Checker,
  integer,
  literal,
  object,
  text,
} from '../protocol/check';
import { problemText, RULE_ID } from '../protocol/messages';
import { readTemplate } from './argv';
import { CHROMIUM_ID, FIREFOX_ID } from './trusted';

export interface Rule {
  id: string;
  /** The trusted template: `program arg !01 --name=!{display_name}`. */
  command: string;
  timeoutSeconds: number;
  shell: boolean;
}

export interface HostConfig {
  version: 1;
  /** The web phone's address, where `open` sends a link when no browser has the host running. */
  appUrl: string;
  extensions: { chromium: string[]; firefox: string[] };
  rules: Rule[];
}

export const MAX_COMMAND = 4000;
export const MAX_TIMEOUT_SECONDS = 300;
export const DEFAULT_TIMEOUT_SECONDS = 10;
const MAX_RULES = 200;
const MAX_IDS = 20;

export const emptyConfig = (): HostConfig => ({
  version: 1,
  appUrl: '',
  extensions: { chromium: [], firefox: [] },
  rules: [],
});

function list<T>(item: Checker<T>, max: number): Checker<T[]> {
  return (input, field) => {
    if (!Array.isArray(input)) return { ok: false, field, problem: 'must be a list' };
    if (input.length > max) return { ok: false, field, problem: `has more than ${max} entries` };
    const out: T[] = [];
    for (const [i, entry] of input.entries()) {
      const checked = item(entry, `${field}[${i}]`);
      if (!checked.ok) return checked;
      out.push(checked.value);
    }
    return { ok: true, value: out };
  };
}

/** Present or left out: a hand-written rule may omit the time limit and the shell flag. */
function optional<T>(inner: Checker<T>, fallback: T): Checker<T> {
  return (input, field) =>
    input === undefined ? { ok: true, value: fallback } : inner(input, field);
}

/** '' or an http(s) address without credentials; plain http only for this machine. */
export function checkAppUrl(input: unknown, field: string): Checked<string> {
  if (input === '') return { ok: true, value: '' };
  const shape = text({ max: 2000 })(input, field);
  if (!shape.ok) return shape;
  let url: URL;
  try {
    url = new URL(shape.value);
  } catch {
    return { ok: false, field, problem: 'is not an address' };
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return {
      ok: false,
      field,
      problem: 'must be an https:// address (http:// only for localhost)',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, field, problem: 'must not hold a user name or password' };
  }
  return { ok: true, value: shape.value };
}

const ruleShape = object({
  id: text({ min: 1, max: 64, pattern: RULE_ID }),
  command: text({ min: 1, max: MAX_COMMAND }),
  timeoutSeconds: optional(integer(1, MAX_TIMEOUT_SECONDS), DEFAULT_TIMEOUT_SECONDS),
  shell: optional(boolean(), false),
});

// object() wants every field; the two optional ones are filled in before it looks.
const rule: Checker<Rule> = (input, field) => {
  const checked = ruleShape(withDefaults(input), field);
  if (!checked.ok) return checked;
  const template = readTemplate(checked.value);
  if (!template.ok) return { ok: false, field: `${field}.command`, problem: template.problem };
  return checked;
};

function withDefaults(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  if (Object.getPrototypeOf(input) !== Object.prototype) return input;
  const out: Record<string, unknown> = { ...input };
  if (!Object.hasOwn(out, 'timeoutSeconds')) out.timeoutSeconds = undefined;
  if (!Object.hasOwn(out, 'shell')) out.shell = undefined;
  return out;
}

const configShape = object({
  version: literal(1),
  appUrl: checkAppUrl,
  extensions: object({
    chromium: list(text({ max: 32, pattern: CHROMIUM_ID }), MAX_IDS),
    firefox: list(text({ max: 200, pattern: FIREFOX_ID }), MAX_IDS),
  }),
  rules: list(rule, MAX_RULES),
});

/** The config as checked, or the first problem, naming its field (`rules[2].timeoutSeconds`). */
export function checkConfig(input: unknown): Checked<HostConfig> {
  const checked = configShape(input, '') as Checked<HostConfig>;
  if (!checked.ok) return checked;
  const seen = new Set<string>();
  for (const [i, r] of checked.value.rules.entries()) {
    if (seen.has(r.id))
      return { ok: false, field: `rules[${i}].id`, problem: `repeats the id ${r.id}` };
    seen.add(r.id);
  }
  return checked;
}

export type Loaded = { ok: true; config: HostConfig } | { ok: false; problem: string };

/** The file's text into a config; problems in words that name the file's field. */
export function parseConfig(json: string): Loaded {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: `the config file is not JSON (${(error as Error).message})` };
  }
  const checked = checkConfig(input);
  if (!checked.ok) {
    const where = checked.field === '' ? 'the config file' : `the config file's ${checked.field}`;
    return { ok: false, problem: `${where} ${checked.problem}` };
  }
  return { ok: true, config: checked.value };
}

/** The config file, read now: no file at all is an empty config (nothing allowed, no rules). */
export async function loadConfig(path: string): Promise<Loaded> {
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: true, config: emptyConfig() };
    return {
      ok: false,
      problem: `cannot read the config file: ${(error as NodeJS.ErrnoException).code}`,
    };
  }
  return parseConfig(json);
}

/** Writes a checked config whole: to a temporary file first, so a reader never sees half of it. */
export async function saveConfig(path: string, config: HostConfig): Promise<void> {
  const checked = checkConfig(config);
  if (!checked.ok) throw new Error(problemText(checked));
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(checked.value, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
