// Either language's texts at once, for tests: the app loads the Italian ones on demand.
// English is the first load's and every lazily loaded screen's.
import { en, type Language, type Translate, translatorOf } from '../src/i18n';
import * as autoAnswerSettings from '../src/i18n/autoAnswerSettings';
import * as colleagues from '../src/i18n/colleagues';
import * as contacts from '../src/i18n/contacts';
import { it } from '../src/i18n/italian';
import * as phonebook from '../src/i18n/phonebook';

export const allEnglish = {
  ...en,
  ...phonebook.en,
  ...contacts.en,
  ...colleagues.en,
  ...autoAnswerSettings.en,
};

export function translator(language: Language): Translate {
  return translatorOf(language === 'en' ? allEnglish : it);
}
