// English and Italian texts, one file per feature so that each feature owns its words. English is
// the reference; every Italian dictionary must have every key of its English one (the type says so).
import * as core from './core';

const en = { ...core.en } as const;

export type MessageKey = keyof typeof en;

const it: Record<MessageKey, string> = { ...core.it };

export type Language = 'en' | 'it';
const dictionaries: Record<Language, Record<MessageKey, string>> = { en, it };

export function languageFor(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('it')) return 'it';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string>>) => string;

export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, vars = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
