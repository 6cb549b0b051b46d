// Italian texts of dialText.ts: the keys are the English file's, every one of them.
import type { en } from '../dialText';

export const it: Record<keyof typeof en, string> = {
  'dialText.empty': 'Non è selezionato nulla: selezionare prima un numero di telefono.',
  'dialText.no-number': 'Nessun numero di telefono in "{text}".',
  'dialText.too-long': 'La selezione è troppo lunga: selezionare solo il numero.',
  'dialText.others': 'Chiamata a {number}; la selezione contiene anche {others}.',
};
