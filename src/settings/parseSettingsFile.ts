// Reads a settings file. The file is hostile (anyone can e-mail one), so every part passes its
// checker before anything uses it, and reading stops at the first problem.
import { PART_LIST } from './parts';
import { type CheckContext, fail, type ImportError, isRecord } from './partTypes';
import {
  FILE_FORMAT,
  FILE_VERSION,
  type ImportedSettings,
  MAX_FILE_SIZE,
  type ParseResult,
} from './settingsFile';

/** A real file nests 6 levels (integra.rules[i].events[j]). */
const MAX_DEPTH = 10;
const MAX_EXPORTED_AT = 64;
/** Names that reach an object's prototype if some code ever copies the data by key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const HEADER_KEYS = new Set(['format', 'version', 'exportedAt']);

/** Async: a part's checker may load its code first (the dial plan's needs libphonenumber). */
export async function parseSettingsFile(text: string, context: CheckContext): Promise<ParseResult> {
  if (text.length > MAX_FILE_SIZE) return fail('', 'too-big');
  let data: unknown;
  try {
    // Editors on Windows may save a byte order mark in front.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('', 'not-json');
  }
  const hostile = findHostileKey(data, '', 0);
  if (hostile) return hostile;
  if (!isRecord(data)) return fail('', 'not-a-settings-file');
  if (data.format !== FILE_FORMAT) return fail('format', 'wrong-format');
  if (data.version !== FILE_VERSION) return fail('version', 'wrong-version');
  const exportedAt = data.exportedAt;
  if (exportedAt !== undefined && typeof exportedAt !== 'string') {
    return fail('exportedAt', 'not-a-string');
  }
  if (exportedAt !== undefined && exportedAt.length > MAX_EXPORTED_AT) {
    return fail('exportedAt', 'too-long');
  }
  const known = new Set<string>(PART_LIST.map((part) => part.key));
  for (const key of Object.keys(data)) {
    if (!HEADER_KEYS.has(key) && !known.has(key)) return fail(shown(key), 'unknown-section');
  }
  const settings: Record<string, unknown> = {};
  for (const part of PART_LIST) {
    if (!Object.hasOwn(data, part.key)) continue;
    const check = await part.check(data[part.key], context);
    if (!check.ok) return check;
    settings[part.key] = check.value;
  }
  if (Object.keys(settings).length === 0) return fail('', 'no-sections');
  return { ok: true, settings: settings as ImportedSettings };
}

/** The first forbidden or too deeply nested key anywhere in the data, as a path. */
export function findHostileKey(data: unknown, at: string, depth: number): ImportError | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  if (depth > MAX_DEPTH) return fail(at, 'too-deep');
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) {
      const found = findHostileKey(item, `${at}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(data)) {
    const path = at === '' ? shown(key) : `${at}.${shown(key)}`;
    if (FORBIDDEN_KEYS.has(key)) return fail(path, 'forbidden-key');
    const found = findHostileKey((data as Record<string, unknown>)[key], path, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** A key from the file as the message may show it: short, on one line. */
export function shown(key: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing controls is the point.
  const clean = key.replace(/[\u0000-\u001F\u007F-\u009F]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
