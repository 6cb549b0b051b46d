// The caller-name lookup URL: a template with Integra's placeholders that a directory or CRM
// answers with JSON `{ "name": "…" }`. Its address is checked as an Integra rule's is, the answer
// is read as hostile text, and answers are kept for a while so a caller who rings again, or a call
// that is answered and then closed, asks once.
import { expandRule } from '../integra/expand';
import type { PlaceholderValues } from '../integra/placeholders';
import { parseTemplate } from '../integra/template';
import { checkUrlTemplate } from '../integra/urlTemplate';

export const MIN_LOOKUP_TIMEOUT_MS = 200;
export const MAX_LOOKUP_TIMEOUT_MS = 10_000;
export const MAX_LOOKUP_TEMPLATE = 2000;
/** The most of an answer that is read: a name needs far less. */
export const MAX_ANSWER_BYTES = 16 * 1024;
export const MAX_NAME = 100;
/** A name found is kept this long, and a number with none (or a failed ask) this long. */
export const FOUND_TTL_MS = 30 * 60_000;
export const MISSING_TTL_MS = 60_000;
export const CACHE_ENTRIES = 500;

export type LookupTemplateProblem =
  | { problem: 'too-long' }
  /** detail: the placeholder as written. */
  | { problem: 'unknown-placeholder'; detail: string }
  | { problem: 'not-http-url' | 'placeholder-in-address' };

/** '' (no lookup) or a template whose scheme and server are written out, http or https only. */
export function checkLookupTemplate(template: string): LookupTemplateProblem | undefined {
  if (template === '') return undefined;
  if (template.length > MAX_LOOKUP_TEMPLATE) return { problem: 'too-long' };
  const parsed = parseTemplate(template);
  if (!parsed.ok) return { problem: 'unknown-placeholder', detail: parsed.error.name };
  const address = checkUrlTemplate(parsed.parts);
  return address.ok ? undefined : { problem: address.error.type };
}

/** The URL to ask for one call, or undefined when the template cannot carry the call's values. */
export function lookupUrl(template: string, values: PlaceholderValues): string | undefined {
  const expanded = expandRule(
    {
      id: 'lookup',
      name: '',
      enabled: true,
      kind: 'get',
      command: template,
      onlyExternal: false,
      events: [],
    },
    values,
  );
  return expanded.ok ? expanded.text : undefined;
}

// C0 and C1 controls, and the bidi embeddings, overrides and isolates: a name is one line of text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A name as the app keeps it: text, one line, trimmed, at most MAX_NAME; undefined when none. */
export function checkedName(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const name = input.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (name === '') return undefined;
  return [...name].slice(0, MAX_NAME).join('');
}

/** The name in an answer's body: a JSON object with a string `name`; anything else is none. */
export function nameFromAnswer(body: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  return checkedName((json as { name?: unknown }).name);
}

export interface LookupEdges {
  fetch: typeof fetch;
  now: () => number;
}

export interface NameLookup {
  /** The name the URL answers within `timeoutMs`; undefined for none, a failure or a timeout. */
  ask(url: string, timeoutMs: number): Promise<string | undefined>;
}

interface Kept {
  name: string | undefined;
  until: number;
}

export function createNameLookup({ fetch, now }: LookupEdges): NameLookup {
  const kept = new Map<string, Kept>();
  const asking = new Map<string, Promise<string | undefined>>();
  const keep = (url: string, name: string | undefined) => {
    kept.delete(url);
    kept.set(url, { name, until: now() + (name ? FOUND_TTL_MS : MISSING_TTL_MS) });
    // A Map iterates in insertion order: the first key is the oldest.
    if (kept.size > CACHE_ENTRIES) kept.delete(kept.keys().next().value as string);
  };
  const request = async (url: string, timeoutMs: number) => {
    let name: string | undefined;
    try {
      const answer = await fetch(url, {
        headers: { Accept: 'application/json' },
        // No cookies to another site, no redirect to a scheme the check did not see.
        credentials: 'same-origin',
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (answer.ok) name = nameFromAnswer(await limitedText(answer, MAX_ANSWER_BYTES));
    } catch {
      name = undefined;
    }
    keep(url, name);
    return name;
  };
  return {
    ask(url, timeoutMs) {
      const hit = kept.get(url);
      if (hit && hit.until > now()) return Promise.resolve(hit.name);
      const pending = asking.get(url);
      if (pending) return pending;
      const started = request(url, timeoutMs).finally(() => asking.delete(url));
      asking.set(url, started);
      return started;
    },
  };
}

/** The body as text, or '' when it is longer than `max` bytes (it is then no name). */
async function limitedText(answer: Response, max: number): Promise<string> {
  const declared = Number(answer.headers.get('Content-Length'));
  if (declared > max) return '';
  const reader = answer.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel();
      return '';
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}
