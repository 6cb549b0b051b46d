// Search as you type in the dial box: contacts first, then the numbers of the call history, by
// name, company or any digits, each number once (by its key under the dial plan). Enter calls
// the first match.
import type { DialPlan } from '../numbers/dialPlanDefaults';
import { matchingContacts, numberTerms } from '../storage/contacts';
import { historyPage } from '../storage/historyQuery';
import { queryTokens, termsMatch } from '../storage/historySearch';
import { numberKey } from './numberKey';

export interface DialMatch {
  name: string;
  company?: string;
  /** What to dial: a contact's dial string, or the number as the history holds it. */
  number: string;
  label?: string;
  source: 'contact' | 'history';
}

export const DIAL_MATCHES = 8;
/** Calls read from the history for its part: the same number is often among the newest many times. */
const HISTORY_CALLS = 40;

export async function dialSearch(
  text: string,
  plan: DialPlan,
  limit: number = DIAL_MATCHES,
): Promise<DialMatch[]> {
  const tokens = queryTokens(text);
  if (tokens.length === 0 || limit <= 0) return [];
  const contacts = await matchingContacts(tokens, limit);
  const matches: DialMatch[] = [];
  const seen = new Set<string>();
  const fresh = (number: string) => {
    const key = numberKey(number, plan) ?? number;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const contact of contacts) {
    for (const { label, number } of contact.numbers) {
      // Typed digits pick the numbers that hold them; a typed name picks every number.
      if (!termsMatch(numberTerms(number, contact, plan), tokens) || !fresh(number)) continue;
      const match: DialMatch = { name: contact.name, number, source: 'contact' };
      if (contact.company) match.company = contact.company;
      if (label) match.label = label;
      matches.push(match);
    }
  }
  // Contacts that fill the list spare the history's search: with one typed letter, its dearest.
  if (matches.length >= limit) return matches.slice(0, limit);
  const history = await historyPage(tokens, null, HISTORY_CALLS);
  for (const entry of history.entries) {
    if (fresh(entry.number))
      matches.push({ name: entry.name, number: entry.number, source: 'history' });
  }
  return matches.slice(0, limit);
}
