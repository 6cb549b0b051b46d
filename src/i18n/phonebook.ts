// Texts of the phonebook screen and of the caller-name settings.
export const en = {
  'callerNames.title': 'Caller names',
  'callerNames.order':
    'A call shows the name from your contacts, else the one the lookup address answers, else the name the caller sent.',
  'callerNames.lookupUrl': 'Lookup address',
  'callerNames.lookupUrlHint':
    'Optional. An http or https address with placeholders, such as https://crm.example/name?number=!01. It must answer JSON {"name": "…"} and allow this app (CORS).',
  'callerNames.timeout': 'Wait at most (seconds)',
  'callerNames.timeoutHint':
    'From 0.2 to 10. The phone rings at once; the name shows when it comes.',
  'callerNames.save': 'Save caller names',
  'callerNames.saved': 'Caller names saved.',
  'callerNames.invalid.url': 'Not saved: the lookup address {problem}.',
  'callerNames.invalid.timeout': 'Not saved: the wait must be from 0.2 to 10 seconds.',
  'section.callerNames': 'Caller names',
  'section.callerNames.desc': 'Where the name of who calls comes from: contacts, a lookup address.',
} as const;
