// Italian texts of conference.ts: the keys are the English file's, every one of them.
import type { en } from '../conference';

export const it: Record<keyof typeof en, string> = {
  merge: 'Unisci',
  'merge.description': 'Unisci le due chiamate in una conferenza a tre',
  'shortcut.merge': 'Unisci le due chiamate',
  'conference.badge': 'Conferenza',
  'conference.with': 'In conferenza con {party}',
  'action.no-second-call': 'Per unire servono due chiamate risposte.',
  'action.already-merged': 'Le due chiamate sono già unite.',
};
