// Texts for colleagues and voicemail that the always-loaded code uses: the settings section's
// heading and a setting's problem. The panel's own texts are in colleagues.ts, loaded with it.
export const en = {
  'section.colleagues': 'Colleagues and voicemail',
  'section.colleagues.desc': 'Whose lines to watch, pickup, voicemail.',
  'problem.not-dialable': 'cannot be dialled',
} as const;
