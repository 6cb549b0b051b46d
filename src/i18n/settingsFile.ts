// Texts for exporting and importing the settings as a file, and for what is wrong with a bad one.
export const en = {
  'settingsFile.title': 'Export and import',
  'settingsFile.intro':
    'Saves the account, INTEGRA rules, shortcuts and dial plan to a file, to set up another browser or keep a copy.',
  'settingsFile.includePassword': 'Include the password',
  'settingsFile.secret':
    'The file will hold the account password: keep it as safe as the password itself.',
  'settingsFile.noSecret':
    'Without the password, the file can only update this same account (same SIP address and PBX URL).',
  'settingsFile.export': 'Export settings',
  'settingsFile.import': 'Import settings',
  'settingsFile.imported': 'Settings imported.',
  'settingsFile.badField': 'Settings not imported, nothing was changed. {field}: {problem}.',
  'settingsFile.badFile': 'Settings not imported, nothing was changed: {problem}.',
  'settingsFile.call-live':
    'Settings cannot be imported during a call: a new account would drop it. Try again after the call.',
  'settingsFile.not-saved': 'Settings not imported: the browser could not store them.',
  'settingsFile.unreadable': 'Settings not imported: the file could not be read.',
  'problem.too-big': 'the file is larger than 256 kB, too big for a settings file',
  'problem.not-json': 'the file is not valid JSON',
  'problem.too-deep': 'is nested too deeply',
  'problem.not-a-settings-file': 'the file is not a VOIspeed Web Phone settings file',
  'problem.wrong-format': 'is not "voispeed-web-phone-settings": not a settings file of this app',
  'problem.wrong-version': 'is not a version this app can read (it reads version 1)',
  'problem.unknown-section': 'is not a part of the settings this app knows',
  'problem.forbidden-key': 'is a name a settings file may not use',
  'problem.no-sections': 'the file holds no settings',
  'problem.no-password':
    'the file has no password and is for another account; export it again with "Include the password"',
  'problem.keys-unparsable': 'is not a key combination',
  'problem.keys-reserved': 'is a key combination the browser or the system keeps for itself',
  'problem.keys-conflict': 'uses the same keys as {with}',
  'problem.unknown-country': 'is not a known two-letter country code, such as IT',
  'problem.bad-outside-line-prefix': 'must be at most 6 digits',
  'problem.bad-international-prefix': 'must be 1 to 6 digits',
} as const;

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
};
