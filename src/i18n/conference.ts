// Texts for the three-way conference: merging the two lines (Phone.merge, conferenceMix.ts).
export const en = {
  merge: 'Merge',
  'merge.description': 'Merge both calls into a three-way conference',
  'shortcut.merge': 'Merge the two calls',
  'conference.badge': 'Conference',
  'conference.with': 'In a conference with {party}',
  'action.no-second-call': 'Merging needs two answered calls.',
  'action.already-merged': 'The two calls are already merged.',
} as const;
