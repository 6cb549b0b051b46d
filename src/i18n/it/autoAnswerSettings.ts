// Italian texts of autoAnswerSettings.ts: the keys are the English file's, every one of them.
import type { en } from '../autoAnswerSettings';

export const it: Record<keyof typeof en, string> = {
  'autoAnswer.title': 'Risposta automatica',
  'autoAnswer.mode': 'Rispondi da solo alle chiamate in arrivo',
  'autoAnswer.mode.off': 'No: ogni chiamata squilla finché non si risponde',
  'autoAnswer.mode.always': 'Ogni chiamata, dopo il ritardo qui sotto',
  'autoAnswer.mode.pbx': 'Solo quando lo chiede il centralino (intercom, cercapersone)',
  'autoAnswer.delay': 'Ritardo (secondi)',
  'autoAnswer.delayHint':
    "Un numero intero da 0 a 60. Un breve bip suona appena prima che la chiamata si apra. Si risponde solo a una chiamata che arriva mentre nessun'altra è in corso; il non disturbare viene prima.",
  'autoAnswer.badDelay':
    'Non salvato: il ritardo deve essere un numero intero di secondi da 0 a 60.',
  'autoAnswer.badMode': 'Non salvato: scegli uno dei tre modi.',
  'autoAnswer.save': 'Salva risposta automatica',
  'autoAnswer.saved': 'Risposta automatica salvata.',
};
