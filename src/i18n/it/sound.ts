// Italian texts of sound.ts: the keys are the English file's, every one of them.
import type { en } from '../sound';

export const it: Record<keyof typeof en, string> = {
  'quality.label': 'Qualità della chiamata',
  'quality.good': 'Buona',
  'quality.fair': 'Discreta',
  'quality.poor': 'Scarsa',
  'quality.unknown': 'In misura…',
  'quality.figures': 'Perdita {loss} · Jitter {jitter} · Andata e ritorno {rtt}',
  'quality.poorNow': 'La qualità della chiamata è scarsa',
  'quality.none': '–',
  'level.remote': 'Livello dell’interlocutore',
  'level.microphone': 'Livello del microfono',
  'checks.title': 'Prova l’audio',
  'checks.microphone': 'Prova il microfono',
  'checks.stopMicrophone': 'Ferma la prova del microfono',
  'checks.microphoneHint':
    'Parla: la barra si muove con la voce. Il microfono si chiude quando fermi la prova.',
  'checks.microphoneRefused': 'Non è stato possibile aprire il microfono: {reason}',
  'checks.ringOutput': 'Prova l’uscita suoneria',
  'checks.callOutput': 'Prova l’uscita audio chiamata',
  'checks.playing': 'Suono di prova su {slot}.',
  'checks.ringing': 'Sta squillando una chiamata: la prova aspetta.',
  'checks.playFailed': 'Non è stato possibile riprodurre il suono di prova: {reason}',
  'ringtone.title': 'Suoneria',
  'ringtone.choice': 'Suoneria',
  'ringtone.classic': 'Classica',
  'ringtone.trill': 'Trillo',
  'ringtone.chime': 'Rintocco',
  'ringtone.own': 'Il mio file',
  'ringtone.ownMissing': 'Il mio file (nessuno scelto: suona la classica)',
  'ringtone.volume': 'Volume suoneria',
  'ringtone.play': 'Ascolta la suoneria',
  'ringtone.file': 'Scegli un file audio',
  'ringtone.fileHint':
    'MP3, OGG, WAV, WebM, M4A o FLAC, fino a 1 MB. Resta in questo browser e non è nel file delle impostazioni esportato.',
  'ringtone.fileInUse': 'File proprio: {name} ({size} kB)',
  'ringtone.fileSaved': 'File della suoneria salvato: {name}.',
  'ringtone.saved': 'Suoneria salvata.',
  'ringtone.saveFailed': 'Non è stato possibile salvare la suoneria.',
  'ringtone.bad.empty': 'Il file è vuoto. Non è cambiato nulla.',
  'ringtone.bad.too-big': 'Il file supera 1 MB. Non è cambiato nulla.',
  'ringtone.bad.not-audio':
    'Il file non è un audio che questo telefono sa riprodurre (MP3, OGG, WAV, WebM, M4A o FLAC). Non è cambiato nulla.',
  'ringtone.bad.undecodable':
    'Il file audio è danneggiato o non si può riprodurre. Non è cambiato nulla.',
  'ringtone.bad.not-saved':
    'Non è stato possibile conservare il file in questo browser. Non è cambiato nulla.',
  'problem.unknown-ringtone': 'non è una suoneria di questa app (classic, trill, chime o own)',
};
