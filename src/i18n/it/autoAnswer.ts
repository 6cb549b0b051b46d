// Italian texts of autoAnswer.ts: the keys are the English file's, every one of them.
import type { en } from '../autoAnswer';

export const it: Record<keyof typeof en, string> = {
  'autoAnswer.label': 'Risposta automatica',
  'autoAnswer.in': 'Risposta automatica tra {seconds} s',
  'autoAnswer.now': 'Risposta automatica in corso',
};
