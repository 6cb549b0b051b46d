// Texts of the controls of a live call: hold, mute, keypad, transfer, two lines.

export const en = {
  hold: 'Hold',
  resume: 'Resume',
  mute: 'Mute',
  keypad: 'Keypad',
  keypadFor: 'Keypad for {number}',
  transfer: 'Transfer',
  transferTo: 'Transfer to',
  transferNow: 'Transfer now',
  joinWith: 'Join with {number}',
  receivedDigits: 'Received digits',
  'status.held': 'On hold',
  'status.remoteHeld': 'Held by the other party',
  'status.reconnecting': 'Reconnecting…',
  'status.muted': 'Muted',
  'status.transferring': 'Transferring…',
  'status.transferFailed': 'Transfer failed',
  'cause.transferred': 'Transferred',
  'cause.do-not-disturb': 'Rejected: do not disturb',
  /** The header's toggle, and the words beside the registration while it is on. */
  doNotDisturb: 'Do not disturb',
  'doNotDisturb.notSaved':
    'Do not disturb changed here, but could not be saved: a reload forgets it.',
  'notice.too-many-calls': 'Two calls are already live; end one before calling.',
  'action.no-call': 'That call has ended.',
  'action.not-active': 'The call is not answered yet.',
  'action.invalid-number': '"{input}" is not a number that can be dialled.',
  'action.invalid-digits': 'Only 0-9, *, # and A-D can be sent as tones.',
  'action.same-call': 'Choose two different calls to join.',
  'action.in-progress': 'A transfer of this call is already under way.',
} as const;
