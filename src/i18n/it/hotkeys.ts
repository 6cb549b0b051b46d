// Italian texts of hotkeys.ts: the keys are the English file's, every one of them.
import type { en } from '../hotkeys';

export const it: Record<keyof typeof en, string> = {
  'shortcut.dialSelection': 'Chiama la selezione o gli appunti',
  'shortcut.answer': 'Rispondi',
  'shortcut.hangUp': 'Riaggancia',
  'shortcut.hold': 'Attesa',
  'shortcut.mute': 'Microfono muto',
  'shortcut.focusDialBox': 'Vai al campo del numero',
  'shortcut.redial': 'Richiama l’ultimo numero',
  'shortcut.showHelp': 'Mostra le scorciatoie',
  'shortcut.doNotDisturb': 'Attiva o disattiva non disturbare',
  'shortcuts.title': 'Scorciatoie da tastiera',
  'shortcuts.hint':
    'Fare clic su un campo e premere i tasti, oppure scriverli (ad es. Alt+Shift+D). In un campo di testo funzionano solo le scorciatoie con Ctrl, Alt o ⌘.',
  'shortcuts.save': 'Salva le scorciatoie',
  'shortcuts.reset': 'Ripristina i predefiniti',
  'shortcuts.saved': 'Scorciatoie salvate.',
  'shortcuts.wasReset': 'Scorciatoie riportate ai valori predefiniti.',
  'shortcuts.notSaved': 'Non salvate: correggere la scorciatoia segnalata sotto.',
  'shortcuts.unparsable':
    '"{keys}" non è una combinazione di tasti; provarne una come Alt+Shift+D.',
  'shortcuts.reserved':
    '{keys} è riservata al browser o al sistema, oppure scrive testo; sceglierne un’altra.',
  'shortcuts.conflict': '{keys} è già la scorciatoia di "{other}".',
  'shortcuts.keys': 'Tasti',
  'shortcuts.action': 'Azione',
  'shortcuts.close': 'Chiudi',
  'shortcuts.helpIntro':
    'Funzionano ovunque nella finestra del telefono. Si cambiano nelle Impostazioni.',
  'hotkeys.clipboardEmpty':
    'Non è selezionato nulla e gli appunti non contengono testo: selezionare prima un numero di telefono.',
  'hotkeys.clipboardRefused':
    'Non è selezionato nulla e il browser non ha permesso di leggere gli appunti: selezionare il numero, oppure consentire a questo sito l’accesso agli appunti.',
  'hotkeys.clipboardUnavailable':
    'Non è selezionato nulla e questo browser non permette al telefono di leggere gli appunti: selezionare prima il numero.',
  'bookmarklet.title': 'Chiamare un numero da qualsiasi pagina',
  'bookmarklet.link': 'Chiama la selezione',
  'bookmarklet.hint':
    'Trascinare "Chiama la selezione" nella barra dei preferiti. Poi, su qualsiasi pagina, selezionare un numero di telefono e fare clic sul preferito: questo telefono lo chiama.',
  'dialPlan.title': 'Piano di numerazione',
  'dialPlan.country': 'Paese predefinito',
  'dialPlan.countryHint':
    'Due lettere (IT, CH, DE, US…): i numeri scritti senza prefisso internazionale appartengono a questo paese.',
  'dialPlan.outsideLinePrefix': 'Prefisso per la linea esterna',
  'dialPlan.outsideLinePrefixHint':
    'Cifre che il centralino richiede prima di un numero esterno (spesso 0); vuoto se nessuna.',
  'dialPlan.internationalPrefix': 'Prefisso internazionale',
  'dialPlan.internationalPrefixHint': '00 in gran parte del mondo, 011 in Nord America.',
  'dialPlan.save': 'Salva il piano di numerazione',
  'dialPlan.saved': 'Piano di numerazione salvato.',
  'dialPlan.invalid.country':
    'Il paese predefinito deve essere un codice di due lettere noto al telefono, come IT.',
  'dialPlan.invalid.outsideLinePrefix':
    'Il prefisso per la linea esterna può contenere al massimo 6 cifre.',
  'dialPlan.invalid.internationalPrefix': 'Il prefisso internazionale deve avere da 1 a 6 cifre.',
};
