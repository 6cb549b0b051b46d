import { createContext, useContext } from 'react';
import { type Translate, translator } from '../i18n';

export const TranslateContext = createContext<Translate>(translator('en'));

export function useT(): Translate {
  return useContext(TranslateContext);
}
