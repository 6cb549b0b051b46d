// The settings file: its header and what Export writes. Import reads it in parseSettingsFile.ts,
// loaded only when a file is imported.
import { PART_LIST } from './parts';
import type { Checked, ExportOptions, ImportError, PartKey, SettingsValues } from './partTypes';

export const FILE_FORMAT = 'voispeed-web-phone-settings';
export const FILE_VERSION = 1;
export const FILE_NAME = 'voispeed-settings.json';
/** In bytes for the file and in characters for its text; a real file is a few kB. */
export const MAX_FILE_SIZE = 256 * 1024;

export type ImportedSettings = { [K in PartKey]?: Checked<K> };
export type ParseResult = { ok: true; settings: ImportedSettings } | ImportError;

export function exportSettings(
  current: Partial<SettingsValues>,
  options: ExportOptions & { exportedAt: string },
): string {
  const file: Record<string, unknown> = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: options.exportedAt,
  };
  for (const part of PART_LIST) {
    const value = current[part.key];
    if (value === undefined) continue;
    file[part.key] = part.toFile ? part.toFile(value, options) : value;
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}
