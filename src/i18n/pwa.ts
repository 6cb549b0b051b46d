// Texts of the installed app: the announcement of a new version.

export const en = {
  'pwa.update': 'App update',
  'pwa.updateReady': 'A new version is ready.',
  'pwa.updateWaits': 'A new version is ready. It waits until your calls have ended.',
  'pwa.updateNow': 'Update now',
};
