// Italian texts of calls.ts: the keys are the English file's, every one of them.
import type { en } from '../calls';

export const it: Record<keyof typeof en, string> = {
  hold: 'Attesa',
  resume: 'Riprendi',
  mute: 'Silenzia',
  keypad: 'Tastiera',
  keypadFor: 'Tastiera per {number}',
  transfer: 'Trasferisci',
  transferTo: 'Trasferisci a',
  transferNow: 'Trasferisci ora',
  joinWith: 'Unisci con {number}',
  receivedDigits: 'Cifre ricevute',
  'status.held': 'In attesa',
  'status.remoteHeld': 'Messa in attesa dall’interlocutore',
  'status.reconnecting': 'Riconnessione…',
  'status.muted': 'Microfono disattivato',
  'status.transferring': 'Trasferimento in corso…',
  'status.transferFailed': 'Trasferimento non riuscito',
  'cause.transferred': 'Trasferita',
  'cause.do-not-disturb': 'Rifiutata: non disturbare',
  doNotDisturb: 'Non disturbare',
  'doNotDisturb.notSaved':
    'Non disturbare è cambiato qui, ma non è stato salvato: ricaricando si perde.',
  'notice.too-many-calls': 'Ci sono già due chiamate; chiuderne una prima di chiamare.',
  'action.no-call': 'La chiamata è terminata.',
  'action.not-active': 'La chiamata non ha ancora risposto.',
  'action.invalid-number': '"{input}" non è un numero che si possa chiamare.',
  'action.invalid-digits': 'Come toni si possono inviare solo 0-9, *, # e A-D.',
  'action.same-call': 'Scegliere due chiamate diverse da unire.',
  'action.in-progress': 'Un trasferimento di questa chiamata è già in corso.',
};
