// The CLI's own argument reader: named flags with or without a value (repeatable ones collect),
// positional words, and everything after `--` as it is. Pure; an unknown flag is an error, never
// taken for a word.

export interface FlagSpec {
  /** Flags that take a value (`--timeout 5` or `--timeout=5`); repeated ones collect. */
  values: readonly string[];
  /** Flags that are true when present. */
  switches: readonly string[];
}

export interface Parsed {
  values: Map<string, string[]>;
  switches: Set<string>;
  words: string[];
  /** What followed `--`, undefined when there was no `--`. */
  rest: string[] | undefined;
}

export type ParsedFlags = { ok: true; parsed: Parsed } | { ok: false; problem: string };

export function parseFlags(args: readonly string[], spec: FlagSpec): ParsedFlags {
  const parsed: Parsed = { values: new Map(), switches: new Set(), words: [], rest: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      parsed.rest = args.slice(i + 1);
      break;
    }
    if (!arg.startsWith('--')) {
      parsed.words.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    if (spec.switches.includes(name) && equals < 0) {
      parsed.switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
      if (value === undefined) return { ok: false, problem: `--${name} needs a value` };
      parsed.values.set(name, [...(parsed.values.get(name) ?? []), value]);
    } else {
      return { ok: false, problem: `unknown option --${name}` };
    }
  }
  return { ok: true, parsed };
}
