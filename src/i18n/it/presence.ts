// Italian texts of presence.ts: the keys are the English file's, every one of them.
import type { en } from '../presence';

export const it: Record<keyof typeof en, string> = {
  'section.colleagues': 'Colleghi e segreteria',
  'section.colleagues.desc':
    'Le linee dei colleghi da seguire, la risposta per assente, la segreteria.',
  'problem.not-dialable': 'non si può comporre',
};
