// Texts of the screens around the phone: the header, the home screen, the dial pad, the first
// run and the settings' sections. English is the reference.

export const en = {
  'nav.label': 'Screens',
  'nav.home': 'Phone',
  'nav.settings': 'Settings',
  'home.registrationProblem': 'The phone is not registered',
  'home.openAccount': 'Check the account',
  'dialPad.label': 'Dial pad',
  'dialPad.show': 'Show the dial pad',
  'dialPad.zeroHint': 'Hold for +',
  'dialPad.delete': 'Delete the last character',
  'call.duration': 'Call duration',
  'call.digitsLabel': 'Received digits:',
  'call.incomingAlert': 'Incoming call from {who}',
  'missed.badge': '{count} missed',
  'missed.title': '({count}) {title}',
  'setup.title': 'Set up your phone',
  'setup.intro':
    'Enter the SIP account your administrator gave you. The phone registers with the PBX as soon as you save.',
  'setup.allSettings': 'All settings, or import a settings file',
  'account.advanced': 'Advanced',
  'outcome.registering': 'Registering with the PBX…',
  'outcome.registered': 'Registered as {user}.',
  'outcome.failed': 'Registration failed: {reason}.',
  'check.wrong-credentials':
    'Check the user name and the password. The user name is the part of the SIP address before @, unless an authorization user is set under Advanced.',
  'check.unknown-user': 'Check the SIP address: the PBX must know both the user and the domain.',
  'check.unreachable':
    'Check the PBX WebSocket URL (for example wss://pbx.example.com:8089/ws) and that this computer reaches the PBX. A certificate the browser does not trust also makes the PBX unreachable: open the URL once with https:// in a tab.',
  'check.timeout': 'The PBX took too long to answer: check the URL and that the PBX is running.',
  'check.rejected':
    'The PBX refused this account: ask your administrator whether it may register from a browser (WebRTC).',
  'check.bad-settings': 'Check the PBX WebSocket URL: it must start with wss:// or ws://.',
  'section.account': 'Account',
  'section.account.desc': 'Your SIP account and the PBX the phone registers with.',
  'section.audio': 'Audio and notifications',
  'section.audio.desc': 'Where the ringtone and the call play, the microphone, and alerts.',
  'section.integra': 'INTEGRA',
  'section.integra.desc': 'Open your CRM or run a program when calls ring, start and end.',
  'section.bridge': 'Bridge',
  'section.bridge.desc':
    'The optional browser extension and helper program, for commands and links outside the browser.',
  'section.shortcuts': 'Keyboard shortcuts',
  'section.shortcuts.desc': 'Keys that answer, hang up and dial, and the dial-selection bookmark.',
  'section.dialPlan': 'Dial plan',
  'section.dialPlan.desc': 'How numbers found on pages are turned into numbers the PBX dials.',
  'section.links': 'Phone links',
  'section.links.desc': 'Let tel:, sip: and web+voispeed: links open this phone.',
  'section.transfer': 'Back up and restore',
  'section.transfer.desc': 'Save all settings to a file, or load them from one.',
} as const;
