// Italian texts of screens.ts: the keys are the English file's, every one of them.
import type { en } from '../screens';

export const it: Record<keyof typeof en, string> = {
  'nav.label': 'Schermate',
  'nav.home': 'Telefono',
  'nav.contacts': 'Rubrica',
  'nav.settings': 'Impostazioni',
  'home.registrationProblem': 'Il telefono non è registrato',
  'home.openAccount': 'Controlla l’account',
  'dialPad.label': 'Tastierino',
  'dialPad.show': 'Mostra il tastierino',
  'dialPad.zeroHint': 'Tenere premuto per +',
  'dialPad.delete': 'Cancella l’ultimo carattere',
  'call.duration': 'Durata della chiamata',
  'call.digitsLabel': 'Cifre ricevute:',
  'call.incomingAlert': 'Chiamata in arrivo da {who}',
  'missed.badge': '{count} perse',
  'missed.title': '({count}) {title}',
  'setup.title': 'Configura il telefono',
  'setup.intro':
    'Inserire l’account SIP fornito dall’amministratore. Il telefono si registra al centralino appena si salva.',
  'setup.allSettings': 'Tutte le impostazioni, o importa un file di impostazioni',
  'account.advanced': 'Avanzate',
  'outcome.registering': 'Registrazione al centralino…',
  'outcome.registered': 'Registrato come {user}.',
  'outcome.failed': 'Registrazione non riuscita: {reason}.',
  'check.wrong-credentials':
    'Controllare nome utente e password. Il nome utente è la parte dell’indirizzo SIP prima di @, salvo che sia impostato un utente di autorizzazione in Avanzate.',
  'check.unknown-user':
    'Controllare l’indirizzo SIP: il centralino deve conoscere sia l’utente sia il dominio.',
  'check.unreachable':
    'Controllare l’URL WebSocket del centralino (per esempio wss://pbx.example.com:8089/ws) e che questo computer raggiunga il centralino. Anche un certificato di cui il browser non si fida rende il centralino irraggiungibile: aprire una volta l’URL con https:// in una scheda.',
  'check.timeout':
    'Il centralino ha impiegato troppo a rispondere: controllare l’URL e che il centralino sia acceso.',
  'check.rejected':
    'Il centralino ha rifiutato questo account: chiedere all’amministratore se può registrarsi da un browser (WebRTC).',
  'check.bad-settings':
    'Controllare l’URL WebSocket del centralino: deve iniziare con wss:// o ws://.',
  'section.account': 'Account',
  'section.account.desc': 'L’account SIP e il centralino a cui il telefono si registra.',
  'section.audio': 'Audio e notifiche',
  'section.audio.desc': 'Dove suonano la suoneria e la chiamata, il microfono e gli avvisi.',
  'section.integra': 'INTEGRA',
  'section.integra.desc':
    'Apre il CRM o avvia un programma quando le chiamate squillano, iniziano e finiscono.',
  'section.bridge': 'Bridge',
  'section.bridge.desc':
    'L’estensione del browser e il programma di supporto, facoltativi, per comandi e link fuori dal browser.',
  'section.shortcuts': 'Scorciatoie da tastiera',
  'section.shortcuts.desc':
    'I tasti per rispondere, riagganciare e chiamare, e il segnalibro che chiama la selezione.',
  'section.dialPlan': 'Piano di selezione',
  'section.dialPlan.desc':
    'Come i numeri trovati nelle pagine diventano numeri che il centralino compone.',
  'section.links': 'Link telefonici',
  'section.links.desc': 'Fa aprire a questo telefono i link tel:, sip: e web+voispeed:.',
  'section.browser': 'Questo browser',
  'section.browser.desc':
    'Cosa questo browser non può fare per il telefono, e cosa usare al suo posto.',
  'section.transfer': 'Backup e ripristino',
  'section.transfer.desc': 'Salva tutte le impostazioni in un file, o le carica da un file.',
};
