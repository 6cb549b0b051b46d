// Texts for audio devices and for incoming-call notifications while the window is hidden.
export const en = {
  'devices.title': 'Audio devices',
  'devices.ringtone': 'Ringtone output',
  'devices.callAudio': 'Call audio output',
  'devices.microphone': 'Microphone',
  'devices.default': 'Default',
  'devices.unnamed': 'Device {n}',
  'devices.notConnected': 'Chosen device (not connected)',
  'devices.missing':
    '{slot}: the chosen device is not connected; the default is used until it is back.',
  'devices.noToneOutput':
    'This browser cannot choose where the ringtone plays: it uses the default output.',
  'devices.noCallOutput':
    'This browser cannot choose where call audio plays: it uses the default output.',
  'devices.labelsHidden': 'The browser shows device names only once the microphone is allowed.',
  'devices.allowMicrophone': 'Allow the microphone',
  'devices.saved': 'Saved: {slot}.',
  'devices.apply-failed': 'The browser refused a chosen device; the default is used.',
  'devices.save-failed': 'The device choice could not be saved.',
  'notify.title': 'Incoming calls',
  'notify.allow': 'Show incoming calls when the window is hidden',
  'notify.granted': 'Incoming calls are shown as a notification when the window is hidden.',
  'notify.denied':
    'The browser blocks notifications from this app: allow them in the site settings to see incoming calls when the window is hidden.',
  'notify.unsupported': 'This browser cannot show notifications.',
  'notify.incoming': 'Incoming call',
  'notify.from': '{name} ({number})',
  'notify.unknownCaller': 'Unknown caller',
} as const;
