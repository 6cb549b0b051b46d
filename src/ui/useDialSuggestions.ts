// What the dial box suggests as the user types: contacts, then numbers from the history, each
// found by name, company or any digits. Only the answer to the latest text is kept.
import { useEffect, useState } from 'react';
import { type DialMatch, usePhonebook } from './contacts/Phonebook';

export const SUGGESTIONS = 8;

/** The matches for `text`; none until its search answers, so Enter never takes an older text's. */
export function useDialSuggestions(text: string): DialMatch[] {
  const phonebook = usePhonebook();
  const [found, setFound] = useState<{ text: string; matches: DialMatch[] }>({
    text: '',
    matches: [],
  });
  useEffect(() => {
    if (text.trim() === '') return;
    let current = true;
    phonebook.search(text, SUGGESTIONS).then(
      (matches) => {
        if (current) setFound({ text, matches });
      },
      () => {
        if (current) setFound({ text, matches: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [phonebook, text]);
  return found.text === text ? found.matches : [];
}
