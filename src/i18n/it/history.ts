// Italian texts of history.ts: the keys are the English file's, every one of them.
import type { en } from '../history';

export const it: Record<keyof typeof en, string> = {
  'history.search': 'Cerca nel registro',
  'history.redial': 'Richiama {number}',
  'history.addContact': 'Aggiungi {number} alla rubrica',
  'history.extendedId': '(ID {id})',
  'history.noMatch': 'Nessuna chiamata corrisponde a “{query}”.',
  'history.loading': 'Caricamento chiamate…',
  'history.readFailed': 'Impossibile leggere il registro: {reason}',
  'history.writeFailed': 'Impossibile salvare il registro ({reason}); nuovo tentativo in corso.',
};
