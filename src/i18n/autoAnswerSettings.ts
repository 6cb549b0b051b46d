// Texts of the auto-answer setting, added with the settings screen (addEnglish).
export const en = {
  'autoAnswer.title': 'Auto-answer',
  'autoAnswer.mode': 'Answer incoming calls by themselves',
  'autoAnswer.mode.off': 'Off: every call rings until answered',
  'autoAnswer.mode.always': 'Every call, after the delay below',
  'autoAnswer.mode.pbx': 'Only when the PBX asks (intercom, paging)',
  'autoAnswer.delay': 'Delay (seconds)',
  'autoAnswer.delayHint':
    'A whole number from 0 to 60. A short beep sounds just before the call opens. Only a call that comes while no other is live is answered; do not disturb comes first.',
  'autoAnswer.badDelay': 'Not saved: the delay must be a whole number of seconds from 0 to 60.',
  'autoAnswer.badMode': 'Not saved: choose one of the three ways.',
  'autoAnswer.save': 'Save auto-answer',
  'autoAnswer.saved': 'Auto-answer saved.',
} as const;
