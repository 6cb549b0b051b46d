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

export const it: Record<keyof typeof en, string> = {
  'bridge.title': 'Bridge',
  'bridge.checking': 'Ricerca del bridge…',
  'bridge.absent':
    'Bridge non installato. Senza, il telefono funziona come sempre; con il bridge le regole di shell vengono eseguite, i link telefonici di ogni pagina e degli altri programmi chiamano, e un tasto chiama il numero selezionato ovunque.',
  'bridge.noHost':
    'Estensione del browser {extension} installata; il suo programma (l’host nativo) non è installato o non si avvia.',
  'bridge.ready': 'Bridge pronto: estensione {extension}, host nativo {host}.',
  'bridge.install': 'Per installarlo per questo utente, eseguire:',
  'bridge.installCommand': 'Comando di installazione',
  'bridge.copy': 'Copia il comando di installazione',
  'bridge.copied': 'Copiato.',
  'integra.bridgeRule': 'Regola del bridge',
  'integra.bridgeRuleHint':
    'L’id di una regola nel file del bridge, come crm-log (voispeed-bridge rules le elenca). Il comando è nel bridge, che mette i valori della chiamata nei suoi argomenti.',
};
