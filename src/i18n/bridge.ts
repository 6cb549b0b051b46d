// Texts of the bridge's status in the settings, and of a shell rule's fields.

export const en = {
  'bridge.title': 'Bridge',
  'bridge.checking': 'Looking for the bridge…',
  'bridge.absent':
    'Bridge not installed. Without it the phone works as it is; with it, shell rules run, phone links on every page and in other programs dial, and a key dials the selected number anywhere.',
  'bridge.noHost':
    'Browser extension {extension} installed; its program (the native host) is not installed or does not start.',
  'bridge.ready': 'Bridge ready: extension {extension}, native host {host}.',
  'bridge.install': 'To install it for this user, run:',
  'bridge.installCommand': 'Install command',
  'bridge.copy': 'Copy the install command',
  'bridge.copied': 'Copied.',
  'integra.bridgeRule': 'Bridge rule',
  'integra.bridgeRuleHint':
    'The id of a rule in the bridge’s own file, such as crm-log (voispeed-bridge rules lists them). The bridge holds the command and puts the call’s values in its arguments.',
} as const;
