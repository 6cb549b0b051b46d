// Texts for dialling a number found in free text (a selection, the clipboard, the bookmarklet).
export const en = {
  'dialText.empty': 'Nothing is selected: select a phone number first.',
  'dialText.no-number': 'No phone number found in "{text}".',
  'dialText.too-long': 'The selection is too long: select just the number.',
  'dialText.others': 'Calling {number}; the selection also holds {others}.',
} as const;

export const it: Record<keyof typeof en, string> = {
  'dialText.empty': 'Non è selezionato nulla: selezionare prima un numero di telefono.',
  'dialText.no-number': 'Nessun numero di telefono in "{text}".',
  'dialText.too-long': 'La selezione è troppo lunga: selezionare solo il numero.',
  'dialText.others': 'Chiamata a {number}; la selezione contiene anche {others}.',
};
