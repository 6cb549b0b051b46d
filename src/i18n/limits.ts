// Texts for what this browser cannot do (src/browser/capabilities.ts), shown in the settings.
export const en = {
  'limits.title': 'What this browser cannot do',
  'limits.none': 'Nothing: this browser has everything the phone uses.',
  'limits.calls': 'It cannot make calls: it has no WebRTC or no microphone access.',
  'limits.windowLock':
    'It cannot let one window hold the phone: every window of the app registers on its own.',
  'limits.linkChannel':
    'A link opened in another tab of the app is not handed to the phone’s window: it is dialled in that tab.',
  'limits.appInstall':
    'It cannot install the phone as an app: no window of its own, no app shortcuts, and the links the app declares for itself do not reach it. Use “Open phone links with this app” in the settings instead.',
  'limits.linkHandlers':
    'It cannot be asked to open web+voispeed:, tel: or sip: links with the app; the browser extension can.',
  'limits.notifications':
    'It cannot show incoming calls as a notification while the window is hidden: only the ringtone says so.',
  'limits.toneOutput': 'The ringtone always plays on the default output.',
  'limits.callOutputOnRequest':
    'It lists no speakers by itself: to send call audio elsewhere, press “Choose a speaker” and pick one in the browser’s own window.',
  'limits.callOutputNone': 'Call audio always plays on the default output.',
  'limits.clipboardRead':
    'The “dial the clipboard” key cannot read the clipboard: select the number and dial the selection.',
  'limits.offline': 'The app does not open offline, and new versions are not announced.',
  'limits.connectionState':
    'A call whose connection died is noticed later: it ends when the browser gives up on the network.',
  'devices.pickOutput': 'Choose a speaker',
  'devices.pickedNone': 'No speaker was chosen: call audio stays where it was.',
} as const;
