// Texts of the keyboard shortcuts, their help, the "Call selection" bookmarklet and the dial plan.
// `shortcut.<id>` labels each verb with keys (src/actions/verbs.ts).
export const en = {
  'shortcut.dialSelection': 'Dial the selection or the clipboard',
  'shortcut.answer': 'Answer',
  'shortcut.hangUp': 'Hang up',
  'shortcut.hold': 'Hold',
  'shortcut.mute': 'Mute',
  'shortcut.focusDialBox': 'Focus the dial box',
  'shortcut.redial': 'Redial the last number',
  'shortcut.showHelp': 'Show the shortcuts',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.hint':
    'Click a field and press the keys, or type them (e.g. Alt+Shift+D). In a text field only shortcuts with Ctrl, Alt or ⌘ work.',
  'shortcuts.save': 'Save shortcuts',
  'shortcuts.reset': 'Reset to defaults',
  'shortcuts.saved': 'Shortcuts saved.',
  'shortcuts.wasReset': 'Shortcuts set back to the defaults.',
  'shortcuts.notSaved': 'Not saved: correct the shortcut marked below.',
  'shortcuts.unparsable': '"{keys}" is not a key combination; try one like Alt+Shift+D.',
  'shortcuts.reserved':
    '{keys} belongs to the browser or the system, or types text; choose another combination.',
  'shortcuts.conflict': '{keys} is already the shortcut for "{other}".',
  'shortcuts.keys': 'Keys',
  'shortcuts.action': 'Action',
  'shortcuts.close': 'Close',
  'shortcuts.helpIntro': 'They work anywhere in the phone window. Change them in Settings.',
  'hotkeys.clipboardEmpty':
    'Nothing is selected and the clipboard holds no text: select a phone number first.',
  'hotkeys.clipboardRefused':
    'Nothing is selected, and the browser did not allow reading the clipboard: select the number, or allow clipboard access for this site.',
  'hotkeys.clipboardUnavailable':
    'Nothing is selected, and this browser does not let the phone read the clipboard: select the number first.',
  'bookmarklet.title': 'Call a number on any page',
  'bookmarklet.link': 'Call selection',
  'bookmarklet.hint':
    'Drag "Call selection" to the bookmarks bar. Then, on any page, select a phone number and click the bookmark: this phone calls it.',
  'dialPlan.title': 'Dial plan',
  'dialPlan.country': 'Default country',
  'dialPlan.countryHint':
    'Two letters (IT, CH, DE, US…): numbers written without an international prefix belong to it.',
  'dialPlan.outsideLinePrefix': 'Outside-line prefix',
  'dialPlan.outsideLinePrefixHint':
    'Digits the PBX needs before an external number (often 0); leave empty for none.',
  'dialPlan.internationalPrefix': 'International prefix',
  'dialPlan.internationalPrefixHint': '00 in most of the world, 011 in North America.',
  'dialPlan.save': 'Save dial plan',
  'dialPlan.saved': 'Dial plan saved.',
  'dialPlan.invalid.country':
    'The default country must be a two-letter country code the phone knows, such as IT.',
  'dialPlan.invalid.outsideLinePrefix': 'The outside-line prefix may hold up to 6 digits.',
  'dialPlan.invalid.internationalPrefix': 'The international prefix must be 1 to 6 digits.',
} as const;

export const it: Record<keyof typeof en, string> = {
  'shortcut.dialSelection': 'Chiama la selezione o gli appunti',
  'shortcut.answer': 'Rispondi',
  'shortcut.hangUp': 'Riaggancia',
  'shortcut.hold': 'Attesa',
  'shortcut.mute': 'Microfono muto',
  'shortcut.focusDialBox': 'Vai al campo del numero',
  'shortcut.redial': 'Richiama l’ultimo numero',
  'shortcut.showHelp': 'Mostra le scorciatoie',
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
