// Texts for what this browser cannot do (src/browser/capabilities.ts), shown in the settings.
export const en = {
  'limits.title': 'What this browser cannot do',
  'limits.none': 'Nothing: this browser has everything the phone uses.',
  'limits.calls': 'It cannot make calls: it has no WebRTC or no microphone access.',
  'limits.windowLock':
    'It cannot let one window hold the phone: every window of the app registers on its own.',
  'limits.linkChannel':
    'A link opened in another tab of the app is not handed to the phone’s window: it is dialled in that tab.',
  'limits.appInstall':
    'It cannot install the phone as an app: no window of its own, no app shortcuts, and the links the app declares for itself do not reach it. Use “Open phone links with this app” in the settings instead.',
  'limits.linkHandlers':
    'It cannot be asked to open web+voispeed:, tel: or sip: links with the app; the browser extension can.',
  'limits.notifications':
    'It cannot show incoming calls as a notification while the window is hidden: only the ringtone says so.',
  'limits.toneOutput': 'The ringtone always plays on the default output.',
  'limits.callOutputOnRequest':
    'It lists no speakers by itself: to send call audio elsewhere, press “Choose a speaker” and pick one in the browser’s own window.',
  'limits.callOutputNone': 'Call audio always plays on the default output.',
  'limits.clipboardRead':
    'The “dial the clipboard” key cannot read the clipboard: select the number and dial the selection.',
  'limits.offline': 'The app does not open offline, and new versions are not announced.',
  'limits.connectionState':
    'A call whose connection died is noticed later: it ends when the browser gives up on the network.',
  'devices.pickOutput': 'Choose a speaker',
  'devices.pickedNone': 'No speaker was chosen: call audio stays where it was.',
} as const;

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
