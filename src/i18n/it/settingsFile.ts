// Italian texts of settingsFile.ts: the keys are the English file's, every one of them.
import type { en } from '../settingsFile';

export const it: Record<keyof typeof en, string> = {
  'settingsFile.title': 'Esporta e importa',
  'settingsFile.intro':
    'Salva in un file l’account, le regole INTEGRA, le scorciatoie e il piano di numerazione, per configurare un altro browser o tenerne una copia.',
  'settingsFile.includePassword': 'Includi la password',
  'settingsFile.secret':
    'Il file conterrà la password dell’account: custodirlo con la stessa cura della password.',
  'settingsFile.noSecret':
    'Senza password, il file può aggiornare solo questo stesso account (stesso indirizzo SIP e URL del centralino).',
  'settingsFile.export': 'Esporta impostazioni',
  'settingsFile.import': 'Importa impostazioni',
  'settingsFile.imported': 'Impostazioni importate.',
  'settingsFile.badField': 'Impostazioni non importate, non è cambiato nulla. {field}: {problem}.',
  'settingsFile.badFile': 'Impostazioni non importate, non è cambiato nulla: {problem}.',
  'settingsFile.call-live':
    'Non si possono importare impostazioni durante una chiamata: un nuovo account la farebbe cadere. Riprovare a chiamata finita.',
  'settingsFile.not-saved': 'Impostazioni non importate: il browser non è riuscito a salvarle.',
  'settingsFile.unreadable': 'Impostazioni non importate: il file non si può leggere.',
  'problem.too-big': 'il file supera 256 kB, troppo per un file di impostazioni',
  'problem.not-json': 'il file non è un JSON valido',
  'problem.too-deep': 'ha troppi livelli annidati',
  'problem.not-a-settings-file': 'il file non è un file di impostazioni di VOIspeed Web Phone',
  'problem.wrong-format':
    'non è "voispeed-web-phone-settings": non è un file di impostazioni di questa app',
  'problem.wrong-version': 'non è una versione che questa app sa leggere (legge la versione 1)',
  'problem.unknown-section': 'non è una parte delle impostazioni nota a questa app',
  'problem.forbidden-key': 'è un nome che un file di impostazioni non può usare',
  'problem.no-sections': 'il file non contiene impostazioni',
  'problem.no-password':
    'il file non contiene la password ed è per un altro account; esportarlo di nuovo con "Includi la password"',
  'problem.keys-unparsable': 'non è una combinazione di tasti',
  'problem.keys-reserved': 'è una combinazione di tasti riservata al browser o al sistema',
  'problem.keys-conflict': 'usa gli stessi tasti di {with}',
  'problem.unknown-country': 'non è un codice di paese di due lettere noto, come IT',
  'problem.bad-outside-line-prefix': 'deve avere al massimo 6 cifre',
  'problem.bad-international-prefix': 'deve avere da 1 a 6 cifre',
  'problem.out-of-range': 'è fuori dai valori ammessi',
};
