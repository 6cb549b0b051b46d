// Either language's texts at once, for tests: the app loads the Italian ones on demand.
import { en, type Language, type Translate, translatorOf } from '../src/i18n';

import { it } from '../src/i18n/italian';

export function translator(language: Language): Translate {
  return translatorOf(language === 'en' ? en : it);
}
