// Texts of auto-answer that a call's card shows (always loaded); the setting's are in
// autoAnswerSettings.ts, loaded with the settings screen.
export const en = {
  'autoAnswer.label': 'Automatic answer',
  'autoAnswer.in': 'Answering automatically in {seconds} s',
  'autoAnswer.now': 'Answering automatically now',
} as const;
