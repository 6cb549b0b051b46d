// Texts for dialling a number found in free text (a selection, the clipboard, the bookmarklet).
export const en = {
  'dialText.empty': 'Nothing is selected: select a phone number first.',
  'dialText.no-number': 'No phone number found in "{text}".',
  'dialText.too-long': 'The selection is too long: select just the number.',
  'dialText.others': 'Calling {number}; the selection also holds {others}.',
} as const;
