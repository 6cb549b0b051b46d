// English and Italian texts, one file per feature so that each feature owns its words. English is
// the reference and ships with the app; Italian (it/, one file per feature, each with every key
// of its English one, as the types say) is fetched at start only by an Italian browser. The
// English of a screen that loads on first use comes with that screen (`addEnglish`).
import * as autoAnswer from './autoAnswer';
import type * as autoAnswerSettings from './autoAnswerSettings';
import * as bridge from './bridge';
import * as calls from './calls';
import type * as colleagues from './colleagues';
import * as conference from './conference';
import type * as contacts from './contacts';
import * as core from './core';
import * as devices from './devices';
import * as dialText from './dialText';
import * as dtmf from './dtmf';
import * as history from './history';
import * as hotkeys from './hotkeys';
import * as integra from './integra';
import * as limits from './limits';
import * as links from './links';
import type * as phonebook from './phonebook';
import * as presence from './presence';
import * as provisioning from './provisioning';
import * as pwa from './pwa';
import * as recording from './recording';
import * as screens from './screens';
import * as settingsFile from './settingsFile';
import * as sound from './sound';
import * as verbs from './verbs';

export const en = {
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
  ...screens.en,
  ...provisioning.en,
  ...presence.en,
  ...limits.en,
  ...dtmf.en,
  ...autoAnswer.en,
  ...conference.en,
  ...recording.en,
  ...sound.en,
} as const;

/** The English of screens that load on first use: each adds its file with addEnglish as it loads. */
type LaterEnglish = typeof phonebook.en &
  typeof contacts.en &
  typeof colleagues.en &
  typeof autoAnswerSettings.en;

export type MessageKey = keyof typeof en | keyof LaterEnglish;

export type Language = 'en' | 'it';
export type Dictionary = Record<MessageKey, string>;

const english: Partial<Dictionary> = { ...en };

/** A lazily loaded screen's English, added before it renders; adding it again changes nothing. */
export function addEnglish(texts: Readonly<Partial<Dictionary>>): void {
  Object.assign(english, texts);
}

export function languageFor(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('it')) return 'it';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string>>) => string;

/** English, at once: the texts that ship with the app. */
export function englishTranslator(): Translate {
  return translatorOf(english);
}

/** A key whose screen has not added its texts yet shows as the key: a bug, but never a crash. */
export function translatorOf(dictionary: Readonly<Partial<Dictionary>>): Translate {
  return (key, vars = {}) =>
    (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The language's texts, loading the Italian ones first where they are asked for. */
export async function loadTranslator(language: Language): Promise<Translate> {
  if (language === 'en') return englishTranslator();
  const { it } = await import('./italian');
  return translatorOf(it);
}
