// Italian texts of pwa.ts: the keys are the English file's, every one of them.
import type { en } from '../pwa';

export const it: Record<keyof typeof en, string> = {
  'pwa.update': "Aggiornamento dell'app",
  'pwa.updateReady': 'È pronta una nuova versione.',
  'pwa.updateWaits': 'È pronta una nuova versione. Attende la fine delle chiamate.',
  'pwa.updateNow': 'Aggiorna ora',
};
