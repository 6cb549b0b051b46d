// A made-up phonebook beside the made-up history (historyData.ts): 5,000 contacts, a fifth of
// them people the history has calls with, and the keystrokes and incoming numbers the bench times.
import type { ContactFields } from '../src/contacts/contact';
import type { DialPlan } from '../src/numbers/dialPlanDefaults';
import { type Party, random } from './historyData';

const FIRST = [
  'Alessandro',
  'Beatrice',
  'Carlo',
  'Debora',
  'Enrico',
  'Federica',
  'Giorgio',
  'Ilaria',
];
const LAST = ['Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti'];
const COMPANIES = ['Acme', 'Rossi Impianti', 'Studio Bianchi', 'Ferramenta Nord', 'Logistica Sud'];

export const BENCH_PLAN: DialPlan = {
  country: 'IT',
  outsideLinePrefix: '',
  internationalPrefix: '00',
};

export function syntheticContacts(
  count: number,
  parties: readonly Party[],
  seed = 3,
): ContactFields[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const known = i % 5 === 0 ? parties[i % parties.length] : undefined;
    const office = `02 ${String(Math.floor(next() * 1e7)).padStart(7, '0')}`;
    const mobile = `+39 3${String(Math.floor(next() * 1e9)).padStart(9, '0')}`;
    return {
      name: known?.name || `${pick(FIRST)} ${pick(LAST)} ${i}`,
      company: next() < 0.4 ? pick(COMPANIES) : '',
      numbers: [
        { label: 'work', number: known?.number ?? office },
        ...(next() < 0.5 ? [{ label: 'mobile', number: mobile }] : []),
      ],
      notes: next() < 0.1 ? 'Richiamare dopo le 15' : '',
    };
  });
}

/**
 * Twenty keystrokes: what the dial box holds after each key of a few typed searches, one of
 * them the digits of a number only the history knows (so the history's search runs too).
 */
export function keystrokes(parties: readonly Party[]): string[] {
  const digits = (parties[1]?.number ?? '0212345678').replace(/\D/g, '').slice(-6);
  const typed = ['mario r', digits, 'acme', 'deb'];
  return typed.flatMap((text) => Array.from(text, (_, i) => text.slice(0, i + 1))).slice(0, 20);
}

/** Incoming numbers as a PBX presents them: contacts' numbers in +39 form, and some unknown. */
export function incomingNumbers(contacts: readonly ContactFields[], count = 20): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 4 === 3) return `+3906${String(1_000_000 + i)}`;
    const number = contacts[(i * 997) % contacts.length]?.numbers[0]?.number ?? '';
    return number.startsWith('+') ? number : `+39${number.replace(/^\+39/, '')}`;
  });
}
