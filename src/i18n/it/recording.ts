// Italian texts of recording.ts: the keys are the English file's, every one of them.
import type { en } from '../recording';

export const it: Record<keyof typeof en, string> = {
  'recording.record': 'Registra',
  'recording.recorded': 'Registrata',
  'recording.on': 'In registrazione',
  'recording.time': 'Durata della registrazione',
  'recording.full':
    'Registrazione interrotta: lo spazio per le registrazioni è pieno. Elimina delle registrazioni nella cronologia per registrare ancora. La chiamata continua.',
  'recording.tooLong': 'Registrazione interrotta al limite di 2 ore. La chiamata continua.',
  'recording.storageFailed':
    'Registrazione interrotta: il browser non ha potuto salvarla. La chiamata continua.',
  'recording.noAudio':
    'Questa chiamata non si può registrare: non ha ancora audio, o questo browser non sa registrare.',
  'recording.title': 'Registrazione delle chiamate',
  'recording.automatic': 'Registra automaticamente ogni chiamata appena risposta',
  'recording.privacy':
    'L’altra parte non viene avvisata che la chiamata è registrata. In molti paesi la legge chiede di avvisarla, o di avere il suo consenso, prima di registrare: verifica le regole che valgono per te.',
  'recording.settingSaved': 'Salvato.',
  'recording.settingNotSaved': 'Non salvato: il browser non ha potuto memorizzare l’impostazione.',
  'recording.inHistory': 'Registrata',
  'recording.open': 'Registrazione della chiamata con {number}',
  'recording.dialogTitle': 'Registrazione della chiamata con {number}, {time}',
  'recording.details': '{duration}, {size}',
  'recording.loading': 'Caricamento della registrazione…',
  'recording.missing': 'Questa registrazione non è più memorizzata.',
  'recording.readFailed': 'Non è stato possibile leggere la registrazione: {reason}',
  'recording.download': 'Scarica',
  'recording.delete': 'Elimina registrazione',
  'recording.confirmDelete':
    'Eliminare definitivamente questa registrazione? Non si può annullare.',
  'recording.deleteYes': 'Sì, eliminala',
  'recording.deleteNo': 'Tienila',
  'recording.deleteFailed': 'Non è stato possibile eliminare la registrazione: {reason}',
  'recording.close': 'Chiudi',
};
