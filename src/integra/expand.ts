// Expands a rule into what its kind carries out, encoding each value for where it lands: a caller
// controls names and numbers, and must never add a URL parameter, change a scheme or run a command.
import { namedValues, type PlaceholderValues, resolvePlaceholder } from './placeholders';
import type { IntegraRule, RuleKind } from './rule';
import { isShellSafe } from './shellSafe';
import { parseTemplate } from './template';

export const MAX_EXPANDED = 8000;
export const MAX_BODY = 32000;

export type ExpandError =
  | { type: 'empty-command' }
  | { type: 'unknown-placeholder'; name: string }
  /** scheme: what the result started with ('javascript:'), '' when it was no absolute URL. */
  | { type: 'not-http-url'; scheme: string }
  /** placeholder: as written, `!01` or `!{display_name}`. */
  | { type: 'unsafe-shell-value'; placeholder: string }
  | { type: 'too-long'; part: 'command' | 'body'; max: number };

export type Expanded =
  | { ok: true; kind: RuleKind; text: string; body?: string }
  | { ok: false; error: ExpandError };

export function expandRule(rule: IntegraRule, values: PlaceholderValues): Expanded {
  if (rule.command.trim() === '') return refuse({ type: 'empty-command' });
  const template = parseTemplate(rule.command);
  if (!template.ok) return template;
  const shell = rule.kind === 'shell';
  let text = '';
  for (const part of template.parts) {
    if (part.type === 'text') {
      text += part.text;
    } else {
      const resolved = resolvePlaceholder(values, part.key);
      if (!resolved.ok) return refuse({ type: 'unknown-placeholder', name: resolved.name });
      if (shell && !isShellSafe(resolved.value)) {
        return refuse({ type: 'unsafe-shell-value', placeholder: part.label });
      }
      text += shell ? resolved.value : encodeURIComponent(wellFormed(resolved.value));
    }
    // Checked as it grows: 10 kB names in a long template must not build megabytes first.
    if (text.length > MAX_EXPANDED) {
      return refuse({ type: 'too-long', part: 'command', max: MAX_EXPANDED });
    }
  }
  if (shell) return { ok: true, kind: 'shell', text };
  const url = httpUrl(text);
  if (!url.ok) return url;
  if (rule.kind !== 'post') return { ok: true, kind: rule.kind, text: url.href };
  const body = JSON.stringify(namedValues(values));
  if (body.length > MAX_BODY) return refuse({ type: 'too-long', part: 'body', max: MAX_BODY });
  return { ok: true, kind: 'post', text: url.href, body };
}

/** The expanded text as a URL the browser will open or fetch: absolute, and http or https only. */
function httpUrl(text: string): { ok: true; href: string } | { ok: false; error: ExpandError } {
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

/** encodeURIComponent throws on a lone surrogate; a broken character becomes U+FFFD instead. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

function refuse(error: ExpandError): { ok: false; error: ExpandError } {
  return { ok: false, error };
}
