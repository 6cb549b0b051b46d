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
  'problem.out-of-range': 'is outside the values allowed',
} as const;
