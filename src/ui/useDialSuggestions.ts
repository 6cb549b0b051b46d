// What the dial box suggests as the user types: contacts, then numbers from the history, each
// found by name, company or any digits. Only the answer to the latest text is kept.
import { useEffect, useState } from 'react';
import { type DialMatch, usePhonebook } from './contacts/Phonebook';

export const SUGGESTIONS = 8;

export function useDialSuggestions(text: string): DialMatch[] {
  const phonebook = usePhonebook();
  const [matches, setMatches] = useState<DialMatch[]>([]);
  useEffect(() => {
    if (text.trim() === '') {
      setMatches([]);
      return;
    }
    let current = true;
    phonebook.search(text, SUGGESTIONS).then(
      (found) => {
        if (current) setMatches(found);
      },
      () => {
        if (current) setMatches([]);
      },
    );
    return () => {
      current = false;
    };
  }, [phonebook, text]);
  return matches;
}
