// Texts of the verbs' answers: why a button, a hotkey or a link had nothing to act on.
export const en = {
  'verb.no-incoming': 'There is no incoming call to answer.',
  'verb.no-call': 'There is no call to hang up.',
  'verb.no-active': 'There is no call in progress.',
  'verb.no-redial': 'There is no number to redial yet.',
  'verb.no-such-call': 'No live call has the Call ID "{callId}".',
  'verb.failed': 'That could not be done; the log says why.',
} as const;
