// A rule's template and a call's values into the program and arguments to start. Pure.
//
// The template is the admin's and trusted; the values come from a browser and are not. So the
// template alone is split into words (words.ts), and each value is put inside the word it was
// written in: it stays part of that one argument whatever it holds. What is left to check is what
// the started program itself might misread: a NUL (cut by the OS), a leading `-` where the value
// begins the argument (read as an option), and, on Windows, a batch file, whose arguments cmd.exe
// parses again.
import { type PlaceholderValues, resolvePlaceholder } from '../../src/integra/placeholders';
import { parseTemplate, type TemplatePart } from '../../src/integra/template';
import { MAX_VALUE } from '../protocol/messages';
import { splitWords } from './words';

/** The most a whole command line may hold, arguments and their separators together. */
export const MAX_ARGV = 32 * 1024;
/** All a value may be when the rule opted into the shell: a number, perhaps with a leading +. */
const SHELL_SAFE_VALUE = /^\+?[0-9]*$/;

export interface RuleCommand {
  command: string;
  /** Opt-in: run the expanded line through the system shell, values then digits and + only. */
  shell: boolean;
}

/** What to start: verbatim asks Node not to quote the arguments again (cmd.exe's /s /c "…"). */
export interface Command {
  file: string;
  args: string[];
  verbatim: boolean;
}

type Template = { shell: false; words: TemplatePart[][] } | { shell: true; parts: TemplatePart[] };

export type ReadTemplate = { ok: true; template: Template } | { ok: false; problem: string };
export type Built = { ok: true; command: Command } | { ok: false; detail: string };

/** The template in words of text and placeholders, or what is wrong with it (a config error). */
export function readTemplate(rule: RuleCommand): ReadTemplate {
  if (rule.command.trim() === '') return { ok: false, problem: 'is empty' };
  const program = programOf(rule);
  if (!program.ok) return program;
  if (program.parts.some((part) => part.type === 'placeholder')) {
    return { ok: false, problem: 'names a placeholder in the program: the program must be fixed' };
  }
  if (rule.shell) {
    const parsed = parseTemplate(rule.command);
    if (!parsed.ok) return unknownPlaceholder(parsed.error.name);
    return { ok: true, template: { shell: true, parts: parsed.parts } };
  }
  const split = splitWords(joinSpacedNumbers(rule.command));
  if (!split.ok) return split;
  const words: TemplatePart[][] = [];
  for (const word of split.words) {
    const parsed = parseTemplate(word);
    if (!parsed.ok) return unknownPlaceholder(parsed.error.name);
    words.push(parsed.parts);
  }
  return { ok: true, template: { shell: false, words } };
}

/** The first word, where the program is named, as parts. */
function programOf(
  rule: RuleCommand,
): { ok: true; parts: TemplatePart[] } | { ok: false; problem: string } {
  let first: string;
  if (rule.shell) {
    first = rule.command.trim().split(/\s+/)[0] ?? '';
  } else {
    const split = splitWords(joinSpacedNumbers(rule.command));
    if (!split.ok) return split;
    first = split.words[0] ?? '';
  }
  if (first === '') return { ok: false, problem: 'names no program' };
  const parsed = parseTemplate(first);
  if (!parsed.ok) return unknownPlaceholder(parsed.error.name);
  return { ok: true, parts: parsed.parts };
}

// The vendor's doc writes `! 01` with a space, which parseTemplate accepts; joined before the
// split so the space does not cut the placeholder in two words.
function joinSpacedNumbers(command: string): string {
  return command.replace(/! ([0-9]{2})/g, '!$1');
}

function unknownPlaceholder(name: string): { ok: false; problem: string } {
  return { ok: false, problem: `names an unknown placeholder ${name}` };
}

/** The command a rule runs with these values, or why it must not run. */
export function buildCommand(
  rule: RuleCommand,
  values: PlaceholderValues,
  platform: NodeJS.Platform,
): Built {
  const read = readTemplate(rule);
  if (!read.ok) return { ok: false, detail: `the rule's command ${read.problem}` };
  const { template } = read;
  if (template.shell) return buildShellLine(template.parts, values, platform);

  const argv: string[] = [];
  for (const parts of template.words) {
    const arg = fillWord(parts, values);
    if (!arg.ok) return arg;
    argv.push(arg.text);
  }
  const [file, ...args] = argv;
  if (file === undefined) return { ok: false, detail: "the rule's command names no program" };
  if (isBatchFile(file, platform)) {
    return {
      ok: false,
      detail: `${file} is a batch file, whose arguments cmd.exe would read again: not run`,
    };
  }
  const total = argv.reduce((sum, arg) => sum + arg.length + 1, 0);
  if (total > MAX_ARGV) {
    return { ok: false, detail: `the command would be longer than ${MAX_ARGV} characters` };
  }
  return { ok: true, command: { file, args, verbatim: false } };
}

type Filled = { ok: true; text: string } | { ok: false; detail: string };

/** One argument: the word's text with each placeholder's value put in place. */
function fillWord(parts: TemplatePart[], values: PlaceholderValues): Filled {
  let text = '';
  for (const part of parts) {
    if (part.type === 'text') {
      text += part.text;
      continue;
    }
    const value = checkedValue(part, values);
    if (!value.ok) return value;
    // The first character of the argument comes from this value: a `-` there is an option.
    if (text === '' && value.text.startsWith('-')) {
      return { ok: false, detail: `the value of ${part.label} starts with -` };
    }
    text += value.text;
  }
  return { ok: true, text };
}

function checkedValue(
  part: Extract<TemplatePart, { type: 'placeholder' }>,
  values: PlaceholderValues,
): Filled {
  const resolved = resolvePlaceholder(values, part.key);
  if (!resolved.ok)
    return { ok: false, detail: `the template names an unknown placeholder ${part.label}` };
  const value = resolved.value;
  if (value.includes('\0')) return { ok: false, detail: `the value of ${part.label} holds a NUL` };
  if (value.length > MAX_VALUE) {
    return { ok: false, detail: `the value of ${part.label} is longer than ${MAX_VALUE}` };
  }
  return { ok: true, text: value };
}

/** The opt-in: one line for the shell, where only numbers may go in. */
function buildShellLine(
  parts: TemplatePart[],
  values: PlaceholderValues,
  platform: NodeJS.Platform,
): Built {
  let line = '';
  for (const part of parts) {
    if (part.type === 'text') {
      line += part.text;
      continue;
    }
    const value = checkedValue(part, values);
    if (!value.ok) return value;
    if (!SHELL_SAFE_VALUE.test(value.text)) {
      return {
        ok: false,
        detail: `the value of ${part.label} is not only digits and + (the rule runs in the shell)`,
      };
    }
    line += value.text;
  }
  if (line.length > MAX_ARGV) {
    return { ok: false, detail: `the command would be longer than ${MAX_ARGV} characters` };
  }
  if (platform === 'win32') {
    // /d: no AutoRun commands; /s /c "…": cmd.exe takes the line between the outer quotes as is.
    return {
      ok: true,
      command: { file: 'cmd.exe', args: ['/d', '/s', '/c', `"${line}"`], verbatim: true },
    };
  }
  return { ok: true, command: { file: '/bin/sh', args: ['-c', line], verbatim: false } };
}

/**
 * Windows starts a .bat or .cmd through cmd.exe, which parses the arguments again with its own
 * rules (`&`, `|`, `%VAR%`), so no quoting keeps a value inside its argument there. Windows also
 * drops trailing dots and spaces from a name, so `x.bat.` is a batch file too.
 */
export function isBatchFile(file: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' && /\.(?:bat|cmd)[. ]*$/i.test(file);
}
