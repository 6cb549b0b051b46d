// Italian texts of colleagues.ts: the keys are the English file's, every one of them.
import type { en } from '../colleagues';

export const it: Record<keyof typeof en, string> = {
  'colleagues.title': 'Colleghi',
  'colleague.unknown': 'Sconosciuto',
  'colleague.idle': 'Libero',
  'colleague.ringing': 'Squilla',
  'colleague.busy': 'In chiamata',
  'colleague.offline': 'Non in linea',
  'colleague.call': 'Chiama {user}, {state}',
  'colleague.callNamed': 'Chiama {user} {name}, {state}',
  'colleague.pickUp': 'Rispondi',
  'colleague.pickUpLabel': 'Rispondi alla chiamata che squilla per {user}',
  'colleague.transfer': 'Trasferisci',
  'colleague.transferLabel': 'Trasferisci la chiamata a {user}',
  'voicemail.button': 'Segreteria',
  'voicemail.waiting': '{count} nuovi messaggi vocali',
  'voicemail.none': 'Nessun nuovo messaggio vocale',
  'colleagues.watched': 'Interni seguiti',
  'colleagues.watchedHint': 'Uno per riga, al massimo 100.',
  'colleagues.pickupPrefix': 'Codice di risposta per assente',
  'colleagues.pickupPrefixHint': 'Composto prima dell’interno di un collega che squilla, come *8.',
  'colleagues.voicemailNumber': 'Numero della segreteria',
  'colleagues.save': 'Salva',
  'colleagues.saved': 'Salvato.',
  'colleagues.invalid': 'Non salvato: {field} {problem}.',
};
