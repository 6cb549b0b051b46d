// English and Italian texts, one file per feature so that each feature owns its words. English is
// the reference; every Italian dictionary must have every key of its English one (the type says so).
import * as bridge from './bridge';
import * as calls from './calls';
import * as core from './core';
import * as devices from './devices';
import * as dialText from './dialText';
import * as history from './history';
import * as hotkeys from './hotkeys';
import * as integra from './integra';
import * as limits from './limits';
import * as links from './links';
import * as pwa from './pwa';
import * as settingsFile from './settingsFile';
import * as verbs from './verbs';

const en = {
  ...core.en,
  ...calls.en,
  ...integra.en,
  ...history.en,
  ...hotkeys.en,
  ...pwa.en,
  ...dialText.en,
  ...links.en,
  ...devices.en,
  ...settingsFile.en,
  ...verbs.en,
  ...bridge.en,
  ...limits.en,
} as const;

export type MessageKey = keyof typeof en;

const it: Record<MessageKey, string> = {
  ...core.it,
  ...calls.it,
  ...integra.it,
  ...history.it,
  ...hotkeys.it,
  ...pwa.it,
  ...dialText.it,
  ...links.it,
  ...devices.it,
  ...settingsFile.it,
  ...verbs.it,
  ...bridge.it,
  ...limits.it,
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
