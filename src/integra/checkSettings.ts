// Checks Integra settings read from an imported JSON file (hostile: anyone can e-mail one). Builds
// a fresh object field by field, so nothing unchecked or unknown is kept. Never throws.
import { bridgeRuleOf } from '../../bridge/protocol/ruleId';
import { CALL_EVENTS, type CallEventName } from '../phone/types';
import { compilePattern } from './pattern';
import { isSipToken } from './placeholders';
import {
  DEFAULT_INTEGRA_SETTINGS,
  type IntegraRule,
  type IntegraSettings,
  newRule,
  RULE_KINDS,
  type RuleKind,
} from './rule';
import { parseTemplate } from './template';
import { checkUrlTemplate } from './urlTemplate';

export const MAX_RULES = 50;
export const MAX_COMMAND = 4000;
export const MAX_NAME = 100;
const MAX_ID = 64;
const MAX_QUEUE_VALUE = 200;

export type SettingsProblem =
  | 'not-an-object'
  | 'not-a-list'
  | 'not-a-string'
  | 'not-a-boolean'
  | 'missing'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'duplicate'
  | 'control-characters'
  | 'unknown-kind'
  | 'unknown-event'
  | 'unknown-placeholder'
  | 'not-http-url'
  | 'placeholder-in-address'
  | 'bad-pattern'
  | 'slow-pattern'
  | 'not-a-header-name'
  | 'not-a-bridge-rule';

/** detail: what the problem is about, for the message to name: the placeholder `!99`. */
export type SettingsCheck =
  | { ok: true; settings: IntegraSettings }
  | { ok: false; field: string; problem: SettingsProblem; detail?: string };

/** Thrown only inside this module, to stop at the first problem; caught below. */
class Problem {
  constructor(
    readonly field: string,
    readonly problem: SettingsProblem,
    readonly detail?: string,
  ) {}
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;

/** A field left out takes its default (a hand-written file may give only the rules); wrong types fail. */
export function checkIntegraSettings(input: unknown): SettingsCheck {
  try {
    return { ok: true, settings: settingsOf(input) };
  } catch (error) {
    if (error instanceof Problem) {
      const { field, problem, detail } = error;
      return detail === undefined
        ? { ok: false, field, problem }
        : { ok: false, field, problem, detail };
    }
    // A getter or proxy in the input may throw anything; it is still just bad input.
    return { ok: false, field: '', problem: 'not-an-object' };
  }
}

function settingsOf(input: unknown): IntegraSettings {
  const o = record(input, '');
  const d = DEFAULT_INTEGRA_SETTINGS;
  const enabled = flag(o, 'enabled', '', d.enabled);
  const internalPattern = text(o, 'internalPattern', '', d.internalPattern, Infinity);
  const compiled = compilePattern(internalPattern);
  if (!compiled.ok) throw new Problem('internalPattern', compiled.problem);
  const queueHeader = text(o, 'queueHeader', '', d.queueHeader, MAX_ID);
  if (queueHeader !== '' && !isSipToken(queueHeader)) {
    throw new Problem('queueHeader', 'not-a-header-name');
  }
  const queueValue = text(o, 'queueValue', '', d.queueValue, MAX_QUEUE_VALUE);
  const rulesInput = own(o, 'rules', []);
  if (!Array.isArray(rulesInput)) throw new Problem('rules', 'not-a-list');
  if (rulesInput.length > MAX_RULES) throw new Problem('rules', 'too-many');
  const rules = rulesInput.map((rule, i) => ruleOf(rule, `rules[${i}]`));
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.id)) throw new Problem(`rules[${i}].id`, 'duplicate');
    seen.add(rule.id);
  });
  return { enabled, internalPattern, queueHeader, queueValue, rules };
}

function ruleOf(input: unknown, at: string): IntegraRule {
  const o = record(input, at);
  if (own(o, 'id', undefined) === undefined) throw new Problem(`${at}.id`, 'missing');
  const id = text(o, 'id', at, '', MAX_ID);
  if (id.trim() === '') throw new Problem(`${at}.id`, 'empty');
  const d = newRule(id);
  const kind = own(o, 'kind', d.kind);
  if (!(RULE_KINDS as readonly unknown[]).includes(kind)) {
    throw new Problem(`${at}.kind`, 'unknown-kind');
  }
  const command = text(o, 'command', at, d.command, MAX_COMMAND);
  checkCommand(command, kind as RuleKind, `${at}.command`);
  return {
    id,
    name: text(o, 'name', at, d.name, MAX_NAME),
    enabled: flag(o, 'enabled', at, d.enabled),
    kind: kind as RuleKind,
    command,
    onlyExternal: flag(o, 'onlyExternal', at, d.onlyExternal),
    events: eventsOf(own(o, 'events', d.events), `${at}.events`),
  };
}

/**
 * The same checks expandRule makes on the template, so a rule that cannot run is refused when
 * saved or imported, not when a call fires it. An empty command is a rule still being written.
 */
function checkCommand(command: string, kind: RuleKind, at: string): void {
  if (command.trim() === '') return;
  if (kind === 'shell') {
    // The host's file holds the command; the app only names its rule.
    if (!bridgeRuleOf(command)) throw new Problem(at, 'not-a-bridge-rule');
    return;
  }
  const template = parseTemplate(command);
  if (!template.ok) throw new Problem(at, 'unknown-placeholder', template.error.name);
  const address = checkUrlTemplate(template.parts);
  if (address.ok) return;
  const { error } = address;
  if (error.type === 'placeholder-in-address') {
    throw new Problem(at, 'placeholder-in-address', error.placeholder);
  }
  throw new Problem(at, 'not-http-url');
}

function eventsOf(input: unknown, at: string): CallEventName[] {
  if (!Array.isArray(input)) throw new Problem(at, 'not-a-list');
  if (input.length > CALL_EVENTS.length * 2) throw new Problem(at, 'too-many');
  input.forEach((event, i) => {
    if (!(CALL_EVENTS as readonly unknown[]).includes(event)) {
      throw new Problem(`${at}[${i}]`, 'unknown-event');
    }
  });
  // Kept in the original's order, each once, whatever order the file had.
  return CALL_EVENTS.filter((event) => input.includes(event));
}

function record(input: unknown, at: string): Readonly<Record<string, unknown>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new Problem(at, 'not-an-object');
  }
  return input as Record<string, unknown>;
}

/** A field of the input itself (never one inherited, such as `constructor`), else the fallback. */
function own(o: Readonly<Record<string, unknown>>, key: string, fallback: unknown): unknown {
  const value = Object.hasOwn(o, key) ? o[key] : undefined;
  return value === undefined ? fallback : value;
}

function path(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`;
}

function text(
  o: Readonly<Record<string, unknown>>,
  key: string,
  at: string,
  fallback: string,
  max: number,
): string {
  const value = own(o, key, fallback);
  if (typeof value !== 'string') throw new Problem(path(at, key), 'not-a-string');
  if (value.length > max) throw new Problem(path(at, key), 'too-long');
  if (CONTROLS.test(value)) throw new Problem(path(at, key), 'control-characters');
  return value;
}

function flag(o: Readonly<Record<string, unknown>>, key: string, at: string, fallback: boolean) {
  const value = own(o, key, fallback);
  if (typeof value !== 'boolean') throw new Problem(path(at, key), 'not-a-boolean');
  return value;
}
