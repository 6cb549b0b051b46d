// Texts for call recording: the Record button and its indicator, the setting, the history's
// recordings, and what stopped a recording by itself.
export const en = {
  'recording.record': 'Record',
  'recording.recorded': 'Recorded',
  'recording.on': 'Recording',
  'recording.time': 'Recording time',
  'recording.full':
    'Recording stopped: the space for recordings is full. Delete recordings in the history to record again. The call goes on.',
  'recording.tooLong': 'Recording stopped at its limit of 2 hours. The call goes on.',
  'recording.storageFailed': 'Recording stopped: the browser could not store it. The call goes on.',
  'recording.noAudio':
    'This call cannot be recorded: it has no audio yet, or this browser cannot record.',
  'recording.title': 'Call recording',
  'recording.automatic': 'Record every call automatically once it is answered',
  'recording.privacy':
    'The other party is not told that the call is recorded. In many countries the law requires you to tell them, or to have their consent, before you record: check the rules that apply to you.',
  'recording.settingSaved': 'Saved.',
  'recording.settingNotSaved': 'Not saved: the browser could not store the setting.',
  'recording.inHistory': 'Recorded',
  'recording.open': 'Recording of the call with {number}',
  'recording.dialogTitle': 'Recording of the call with {number}, {time}',
  'recording.details': '{duration}, {size}',
  'recording.loading': 'Loading the recording…',
  'recording.missing': 'This recording is no longer stored.',
  'recording.readFailed': 'The recording could not be read: {reason}',
  'recording.download': 'Download',
  'recording.delete': 'Delete recording',
  'recording.confirmDelete': 'Delete this recording for good? It cannot be undone.',
  'recording.deleteYes': 'Yes, delete it',
  'recording.deleteNo': 'Keep it',
  'recording.deleteFailed': 'The recording could not be deleted: {reason}',
  'recording.close': 'Close',
} as const;
