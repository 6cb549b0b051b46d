// Italian texts of limits.ts: the keys are the English file's, every one of them.
import type { en } from '../limits';

export const it: Record<keyof typeof en, string> = {
  'limits.title': 'Cosa non può fare questo browser',
  'limits.none': 'Niente: questo browser ha tutto ciò che il telefono usa.',
  'limits.calls': 'Non può fare chiamate: non ha WebRTC o l’accesso al microfono.',
  'limits.windowLock':
    'Non può far tenere il telefono a una sola finestra: ogni finestra dell’app si registra per conto suo.',
  'limits.linkChannel':
    'Un link aperto in un’altra scheda dell’app non passa alla finestra del telefono: è chiamato in quella scheda.',
  'limits.appInstall':
    'Non può installare il telefono come app: niente finestra propria, niente scorciatoie dell’app, e i link che l’app dichiara per sé non le arrivano. Usare invece “Apri i link telefonici con questa app” nelle impostazioni.',
  'limits.linkHandlers':
    'Non gli si può chiedere di aprire i link web+voispeed:, tel: o sip: con l’app; l’estensione del browser può.',
  'limits.notifications':
    'Non può mostrare le chiamate in arrivo come notifica quando la finestra è nascosta: lo dice solo la suoneria.',
  'limits.toneOutput': 'La suoneria suona sempre sull’uscita predefinita.',
  'limits.callOutputOnRequest':
    'Non elenca da sé gli altoparlanti: per sentire la chiamata altrove, premere “Scegli un altoparlante” e sceglierne uno nella finestra del browser.',
  'limits.callOutputNone': 'L’audio della chiamata è sempre sull’uscita predefinita.',
  'limits.clipboardRead':
    'Il tasto “chiama gli appunti” non può leggere gli appunti: selezionare il numero e chiamare la selezione.',
  'limits.offline': 'L’app non si apre offline e le nuove versioni non sono annunciate.',
  'limits.connectionState':
    'Una chiamata la cui connessione è caduta è notata più tardi: finisce quando il browser rinuncia alla rete.',
  'devices.pickOutput': 'Scegli un altoparlante',
  'devices.pickedNone': 'Nessun altoparlante scelto: l’audio della chiamata resta dov’era.',
};
