// Texts of the call history's search, redial and status. English is the reference.

export const en = {
  'history.search': 'Search history',
  'history.redial': 'Call {number} again',
  'history.extendedId': '(ID {id})',
  'history.noMatch': 'No calls match “{query}”.',
  'history.loading': 'Loading calls…',
  'history.readFailed': 'The history could not be read: {reason}',
  'history.writeFailed': 'The history could not be saved ({reason}); retrying.',
} as const;

export const it: Record<keyof typeof en, string> = {
  'history.search': 'Cerca nel registro',
  'history.redial': 'Richiama {number}',
  'history.extendedId': '(ID {id})',
  'history.noMatch': 'Nessuna chiamata corrisponde a “{query}”.',
  'history.loading': 'Caricamento chiamate…',
  'history.readFailed': 'Impossibile leggere il registro: {reason}',
  'history.writeFailed': 'Impossibile salvare il registro ({reason}); nuovo tentativo in corso.',
};
