// English and Italian texts, one file per feature so that each feature owns its words. English is
// the reference; every Italian dictionary must have every key of its English one (the type says so).
import * as calls from './calls';
import * as core from './core';
import * as dialText from './dialText';
import * as history from './history';
import * as integra from './integra';
import * as pwa from './pwa';

const en = {
  ...core.en,
  ...calls.en,
  ...integra.en,
  ...history.en,
  ...pwa.en,
  ...dialText.en,
} as const;

export type MessageKey = keyof typeof en;

const it: Record<MessageKey, string> = {
  ...core.it,
  ...calls.it,
  ...integra.it,
  ...history.it,
  ...pwa.it,
  ...dialText.it,
};

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
