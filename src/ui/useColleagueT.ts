// The colleagues panel's texts (i18n/colleagueTexts.ts), in the language main.tsx set on the page;
// the first use suspends until they are in.
import { use } from 'react';
import { type ColleagueT, loadColleagueTexts } from '../i18n/colleagueTexts';

const loading = new Map<string, Promise<ColleagueT>>();

export function useColleagueT(): ColleagueT {
  const language = document.documentElement.lang === 'it' ? 'it' : 'en';
  let texts = loading.get(language);
  if (!texts) {
    texts = loadColleagueTexts(language);
    loading.set(language, texts);
  }
  return use(texts);
}
