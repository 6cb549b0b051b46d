// Expands a rule into what its kind carries out. A caller controls names and numbers: each value
// lands exactly as sent (percent-encoded in a URL, whole in the JSON body) or the rule is refused
// naming it; a value never adds a URL parameter, changes the scheme or server, or runs a command.
// A shell rule names a rule of the bridge host's own file: the host, not the app, holds the
// command, and puts the values in its arguments (bridge/host/argv.ts).
import { bridgeRuleOf } from '../../bridge/protocol/ruleId';
import { namedValues, type PlaceholderValues, resolvePlaceholder } from './placeholders';
import type { IntegraRule, RuleKind } from './rule';
import { parseTemplate, type TemplatePart } from './template';
import { checkUrlTemplate, type UrlTemplateError } from './urlTemplate';

export const MAX_EXPANDED = 8000;
export const MAX_BODY = 32000;

export type ExpandError =
  | { type: 'empty-command' }
  /** name: the placeholder as written, `!99` or `!{nope}`. */
  | { type: 'unknown-placeholder'; name: string }
  | UrlTemplateError
  /** A shell rule's command must be the id of a rule in the bridge host's file. */
  | { type: 'not-a-bridge-rule' }
  /** A value a URL cannot carry unchanged: a lone surrogate, or a `.`/`..` path segment. */
  | { type: 'unsafe-url-value'; placeholder: string; value: string }
  /** placeholder: the one whose value made the command too long, when one did. */
  | { type: 'too-long'; part: 'command' | 'body'; max: number; placeholder?: string };

export type Expanded =
  | { ok: true; kind: RuleKind; text: string; body?: string }
  | { ok: false; error: ExpandError };

/** Where a placeholder's value went in the expanded text. */
interface Landed {
  start: number;
  end: number;
  label: string;
  value: string;
}

type Filled = { ok: true; text: string; landed: Landed[] } | { ok: false; error: ExpandError };

export function expandRule(rule: IntegraRule, values: PlaceholderValues): Expanded {
  if (rule.command.trim() === '') return refuse({ type: 'empty-command' });
  if (rule.kind === 'shell') {
    const id = bridgeRuleOf(rule.command);
    return id ? { ok: true, kind: 'shell', text: id } : refuse({ type: 'not-a-bridge-rule' });
  }
  const template = parseTemplate(rule.command);
  if (!template.ok) return template;
  const address = checkUrlTemplate(template.parts);
  if (!address.ok) return address;
  const filled = fill(template.parts, values, urlValue);
  if (!filled.ok) return filled;
  const dot = dotSegmentValue(filled.text, address.addressLength, filled.landed);
  if (dot) return refuse({ type: 'unsafe-url-value', placeholder: dot.label, value: dot.value });
  const url = httpUrl(filled.text);
  if (!url.ok) return url;
  if (rule.kind !== 'post') return { ok: true, kind: rule.kind, text: url.href };
  const body = JSON.stringify(namedValues(values));
  if (body.length > MAX_BODY) return refuse({ type: 'too-long', part: 'body', max: MAX_BODY });
  return { ok: true, kind: 'post', text: url.href, body };
}

type Encode = (value: string, label: string) => { ok: true; text: string } | ExpandRefusal;
type ExpandRefusal = { ok: false; error: ExpandError };

function fill(parts: readonly TemplatePart[], values: PlaceholderValues, encode: Encode): Filled {
  let text = '';
  const landed: Landed[] = [];
  for (const part of parts) {
    let label: string | undefined;
    if (part.type === 'text') {
      text += part.text;
    } else {
      const resolved = resolvePlaceholder(values, part.key);
      if (!resolved.ok) return refuse({ type: 'unknown-placeholder', name: part.label });
      const encoded = encode(resolved.value, part.label);
      if (!encoded.ok) return encoded;
      label = part.label;
      landed.push({
        start: text.length,
        end: text.length + encoded.text.length,
        label,
        value: resolved.value,
      });
      text += encoded.text;
    }
    // Checked as it grows: 10 kB names in a long template must not build megabytes first.
    if (text.length > MAX_EXPANDED) {
      const tooLong = { type: 'too-long' as const, part: 'command' as const, max: MAX_EXPANDED };
      return refuse(label === undefined ? tooLong : { ...tooLong, placeholder: label });
    }
  }
  return { ok: true, text, landed };
}

// A lone surrogate has no UTF-8 form: encodeURIComponent throws, and U+FFFD would be another value.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function urlValue(value: string, label: string): { ok: true; text: string } | ExpandRefusal {
  return LONE_SURROGATE.test(value)
    ? refuse({ type: 'unsafe-url-value', placeholder: label, value })
    : { ok: true, text: encodeURIComponent(value) };
}

// URL parsers remove `.` and `..` path segments, and read `%2e` as a dot, so no encoding keeps
// a value that makes up such a segment: it would change the path instead of landing in it.
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** The first value that is part of a dot segment of the path, which starts at pathStart. */
function dotSegmentValue(
  text: string,
  pathStart: number,
  landed: readonly Landed[],
): Landed | undefined {
  // Values are percent-encoded, so the first `?` or `#` is the template's own.
  const query = text.slice(pathStart).search(/[?#]/);
  const pathEnd = query < 0 ? text.length : pathStart + query;
  let start = pathStart;
  for (const segment of text.slice(pathStart, pathEnd).split(/[/\\]/)) {
    const end = start + segment.length;
    if (DOT_SEGMENT.test(segment)) {
      const value = landed.find((l) => l.start < l.end && l.start < end && l.end > start);
      if (value) return value;
    }
    start = end + 1;
  }
  return undefined;
}

/** The expanded text as a URL the browser will open or fetch: absolute, and http or https only. */
function httpUrl(text: string): { ok: true; href: string } | ExpandRefusal {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse({ type: 'not-http-url', scheme: '' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse({ type: 'not-http-url', scheme: url.protocol.slice(0, 40) });
  }
  return url.href.length > MAX_EXPANDED
    ? refuse({ type: 'too-long', part: 'command', max: MAX_EXPANDED })
    : { ok: true, href: url.href };
}

function refuse(error: ExpandError): ExpandRefusal {
  return { ok: false, error };
}
