// Texts of the call history's search, redial and status. English is the reference.

export const en = {
  'history.search': 'Search history',
  'history.redial': 'Call {number} again',
  'history.addContact': 'Add {number} to contacts',
  'history.extendedId': '(ID {id})',
  'history.noMatch': 'No calls match “{query}”.',
  'history.loading': 'Loading calls…',
  'history.readFailed': 'The history could not be read: {reason}',
  'history.writeFailed': 'The history could not be saved ({reason}); retrying.',
} as const;
