// Italian texts of verbs.ts: the keys are the English file's, every one of them.
import type { en } from '../verbs';

export const it: Record<keyof typeof en, string> = {
  'verb.no-incoming': 'Non c’è nessuna chiamata in arrivo a cui rispondere.',
  'verb.no-call': 'Non c’è nessuna chiamata da chiudere.',
  'verb.no-active': 'Non c’è nessuna chiamata in corso.',
  'verb.no-redial': 'Non c’è ancora nessun numero da richiamare.',
  'verb.no-such-call': 'Nessuna chiamata in corso ha il Call ID "{callId}".',
  'verb.failed': 'Non è stato possibile; il registro dice perché.',
};
