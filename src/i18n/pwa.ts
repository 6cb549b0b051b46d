// Texts of the installed app: the announcement of a new version.

export const en = {
  'pwa.update': 'App update',
  'pwa.updateReady': 'A new version is ready.',
  'pwa.updateWaits': 'A new version is ready. It waits until your calls have ended.',
  'pwa.updateNow': 'Update now',
};

export const it: Record<keyof typeof en, string> = {
  'pwa.update': "Aggiornamento dell'app",
  'pwa.updateReady': 'È pronta una nuova versione.',
  'pwa.updateWaits': 'È pronta una nuova versione. Attende la fine delle chiamate.',
  'pwa.updateNow': 'Aggiorna ora',
};
