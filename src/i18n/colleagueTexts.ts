// The colleagues panel's texts in the page's language, loaded with the panel (colleagues.ts).
import { en } from './colleagues';
import type { Language } from './index';

export type ColleagueKey = keyof typeof en;
export type ColleagueT = (key: ColleagueKey, vars?: Readonly<Record<string, string>>) => string;

export async function loadColleagueTexts(language: Language): Promise<ColleagueT> {
  const dictionary: Record<ColleagueKey, string> =
    language === 'it' ? (await import('./it/colleagues')).it : en;
  return (key, vars = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
