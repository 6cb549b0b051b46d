import { createContext, useContext } from 'react';
import { englishTranslator, type Translate } from '../i18n';

export const TranslateContext = createContext<Translate>(englishTranslator());

export function useT(): Translate {
  return useContext(TranslateContext);
}
