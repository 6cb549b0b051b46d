// Italian texts of provisioning.ts: the keys are the English file's, every one of them.
import type { en } from '../provisioning';

export const it: Record<keyof typeof en, string> = {
  'provisioning.locked': 'Impostato dall’amministratore',
  'provisioning.userOnly': 'Basta il nome utente: @{domain} viene aggiunto.',
  'provisioning.badField':
    'Il config.json dell’amministratore non è stato usato. {field}: {problem}.',
  'provisioning.badFile': 'Il config.json dell’amministratore non è stato usato: {problem}.',
  'save.locked': 'Non salvato: queste impostazioni sono stabilite dall’amministratore.',
  'settingsFile.locked': 'Impostazioni non importate: sono stabilite dall’amministratore.',
  'problem.config-too-big': 'il file supera 64 kB, troppo per un config.json',
  'problem.unknown-field': 'non è un campo noto a questa app',
  'problem.unknown-lock': '"{name}" non è un’impostazione che si possa bloccare',
  'problem.locked-not-given': 'blocca {name}, che il file non fornisce',
  'problem.bad-sip-domain': 'deve essere un nome di dominio, come example.com',
};
