// Italian texts of bridge.ts: the keys are the English file's, every one of them.
import type { en } from '../bridge';

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
