// Texts for the administrator's config.json: locked fields, and what is wrong with a bad file.
export const en = {
  'provisioning.locked': 'Set by your administrator',
  'provisioning.userOnly': 'Your user name is enough: @{domain} is added.',
  'provisioning.badField': 'The administrator’s config.json was not used. {field}: {problem}.',
  'provisioning.badFile': 'The administrator’s config.json was not used: {problem}.',
  'save.locked': 'Not saved: these settings are set by your administrator.',
  'settingsFile.locked': 'Settings not imported: they are set by your administrator.',
  'problem.config-too-big': 'the file is larger than 64 kB, too big for a config.json',
  'problem.unknown-field': 'is not a field this app knows',
  'problem.unknown-lock': '"{name}" is not a setting that can be locked',
  'problem.locked-not-given': 'locks {name}, which the file does not give',
  'problem.bad-sip-domain': 'must be a domain name, such as example.com',
} as const;
