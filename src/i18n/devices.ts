// Texts for audio devices and for incoming-call notifications while the window is hidden.
export const en = {
  'devices.title': 'Audio devices',
  'devices.ringtone': 'Ringtone output',
  'devices.callAudio': 'Call audio output',
  'devices.microphone': 'Microphone',
  'devices.default': 'Default',
  'devices.unnamed': 'Device {n}',
  'devices.notConnected': 'Chosen device (not connected)',
  'devices.missing':
    '{slot}: the chosen device is not connected; the default is used until it is back.',
  'devices.noToneOutput':
    'This browser cannot choose where the ringtone plays: it uses the default output.',
  'devices.noCallOutput':
    'This browser cannot choose where call audio plays: it uses the default output.',
  'devices.labelsHidden': 'The browser shows device names only once the microphone is allowed.',
  'devices.allowMicrophone': 'Allow the microphone',
  'devices.saved': 'Saved: {slot}.',
  'devices.apply-failed': 'The browser refused a chosen device; the default is used.',
  'devices.save-failed': 'The device choice could not be saved.',
  'notify.title': 'Incoming calls',
  'notify.allow': 'Show incoming calls when the window is hidden',
  'notify.granted': 'Incoming calls are shown as a notification when the window is hidden.',
  'notify.denied':
    'The browser blocks notifications from this app: allow them in the site settings to see incoming calls when the window is hidden.',
  'notify.unsupported': 'This browser cannot show notifications.',
  'notify.incoming': 'Incoming call',
  'notify.from': '{name} ({number})',
  'notify.unknownCaller': 'Unknown caller',
} as const;

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
