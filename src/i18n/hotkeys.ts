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
  'shortcut.doNotDisturb': 'Do not disturb on or off',
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
