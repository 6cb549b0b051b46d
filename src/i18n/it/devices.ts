// Italian texts of devices.ts: the keys are the English file's, every one of them.
import type { en } from '../devices';

export const it: Record<keyof typeof en, string> = {
  'devices.title': 'Dispositivi audio',
  'devices.ringtone': 'Uscita suoneria',
  'devices.callAudio': 'Uscita audio chiamata',
  'devices.microphone': 'Microfono',
  'devices.default': 'Predefinito',
  'devices.unnamed': 'Dispositivo {n}',
  'devices.notConnected': 'Dispositivo scelto (non collegato)',
  'devices.missing':
    '{slot}: il dispositivo scelto non è collegato; si usa quello predefinito finché non torna.',
  'devices.noToneOutput':
    'Questo browser non permette di scegliere dove suona la suoneria: usa l’uscita predefinita.',
  'devices.noCallOutput':
    'Questo browser non permette di scegliere dove si sente la chiamata: usa l’uscita predefinita.',
  'devices.labelsHidden':
    'Il browser mostra i nomi dei dispositivi solo dopo aver consentito il microfono.',
  'devices.allowMicrophone': 'Consenti il microfono',
  'devices.saved': 'Salvato: {slot}.',
  'devices.apply-failed':
    'Il browser ha rifiutato un dispositivo scelto; si usa quello predefinito.',
  'devices.save-failed': 'Non è stato possibile salvare la scelta dei dispositivi.',
  'notify.title': 'Chiamate in arrivo',
  'notify.allow': 'Mostra le chiamate in arrivo quando la finestra è nascosta',
  'notify.granted':
    'Le chiamate in arrivo sono mostrate come notifica quando la finestra è nascosta.',
  'notify.denied':
    'Il browser blocca le notifiche di questa app: consentirle nelle impostazioni del sito per vedere le chiamate in arrivo quando la finestra è nascosta.',
  'notify.unsupported': 'Questo browser non può mostrare notifiche.',
  'notify.incoming': 'Chiamata in arrivo',
  'notify.from': '{name} ({number})',
  'notify.unknownCaller': 'Chiamante sconosciuto',
};
