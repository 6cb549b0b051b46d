// What this browser offers of the APIs the phone uses, read from `window` once and never from
// the user agent string. The settings list what is missing (BrowserLimits); each API's own
// module still checks for itself before it calls, so a missing one degrades and never throws.

/**
 * How call audio can be sent to a chosen speaker: 'list' where the device list names the outputs
 * (Chromium); 'on-request' where the browser names an output only after the user picked it in
 * its own prompt, selectAudioOutput() (Firefox); 'none' where audio always plays on the default.
 */
export type CallOutputChoice = 'list' | 'on-request' | 'none';

export interface Capabilities {
  /** RTCPeerConnection and getUserMedia: without them there are no calls at all. */
  calls: boolean;
  /** Web Locks: one window holds the registration, the others hand links to it. */
  windowLock: boolean;
  /** BroadcastChannel: a link opened in another tab reaches the phone's window. */
  linkChannel: boolean;
  /** Installing as an app, whose windows take the manifest's links and shortcuts (launchQueue). */
  appInstall: boolean;
  /** navigator.registerProtocolHandler: web+voispeed:, tel: and sip: links open the app. */
  linkHandlers: boolean;
  /** AudioContext.setSinkId: the ringtone on a chosen output. */
  toneOutput: boolean;
  callOutput: CallOutputChoice;
  /** Notification: incoming calls shown while the window is hidden. */
  notifications: boolean;
  /** navigator.clipboard.readText: the "dial the clipboard" key. */
  clipboardRead: boolean;
  /** Service workers: the app opens offline and announces new versions. */
  offline: boolean;
  /** RTCPeerConnection.connectionState: a call whose media died ends by itself. */
  connectionState: boolean;
}

export type Capability = keyof Capabilities;

/** The parts of `window` read here; a test passes a plain object. */
export interface CapabilityWindow {
  RTCPeerConnection?: { prototype: object };
  BroadcastChannel?: unknown;
  AudioContext?: { prototype: object };
  HTMLMediaElement?: { prototype: object };
  Notification?: unknown;
  launchQueue?: unknown;
  navigator?: {
    locks?: unknown;
    registerProtocolHandler?: unknown;
    serviceWorker?: unknown;
    clipboard?: { readText?: unknown };
    mediaDevices?: { getUserMedia?: unknown; selectAudioOutput?: unknown };
  };
}

const has = (prototype: object | undefined, name: string) =>
  prototype !== undefined && name in prototype;

export function detectCapabilities(win: CapabilityWindow): Capabilities {
  const nav = win.navigator ?? {};
  const media = nav.mediaDevices;
  const mediaSink = has(win.HTMLMediaElement?.prototype, 'setSinkId');
  let callOutput: CallOutputChoice = 'none';
  if (mediaSink)
    callOutput = typeof media?.selectAudioOutput === 'function' ? 'on-request' : 'list';
  return {
    calls: win.RTCPeerConnection !== undefined && typeof media?.getUserMedia === 'function',
    windowLock: nav.locks !== undefined && nav.locks !== null,
    linkChannel: typeof win.BroadcastChannel === 'function',
    appInstall: win.launchQueue !== undefined,
    linkHandlers: typeof nav.registerProtocolHandler === 'function',
    toneOutput: has(win.AudioContext?.prototype, 'setSinkId'),
    callOutput,
    notifications: typeof win.Notification === 'function',
    clipboardRead: typeof nav.clipboard?.readText === 'function',
    offline: nav.serviceWorker !== undefined && nav.serviceWorker !== null,
    connectionState: has(win.RTCPeerConnection?.prototype, 'connectionState'),
  };
}

/** What a limit is called in the texts: each missing capability, and each kind of output choice. */
export type Limit = Exclude<Capability, 'callOutput'> | 'callOutputOnRequest' | 'callOutputNone';

/** Each limit and when this browser has it, in the order the settings list them. */
const LIMITS: readonly [Limit, (caps: Capabilities) => boolean][] = [
  ['calls', (c) => !c.calls],
  ['windowLock', (c) => !c.windowLock],
  ['linkChannel', (c) => !c.linkChannel],
  ['appInstall', (c) => !c.appInstall],
  ['linkHandlers', (c) => !c.linkHandlers],
  ['notifications', (c) => !c.notifications],
  ['toneOutput', (c) => !c.toneOutput],
  ['callOutputOnRequest', (c) => c.callOutput === 'on-request'],
  ['callOutputNone', (c) => c.callOutput === 'none'],
  ['clipboardRead', (c) => !c.clipboardRead],
  ['offline', (c) => !c.offline],
  ['connectionState', (c) => !c.connectionState],
];

/** The limits of a browser with these capabilities; [] where it has everything. */
export function limitsOf(caps: Capabilities): Limit[] {
  return LIMITS.filter(([, applies]) => applies(caps)).map(([limit]) => limit);
}

let cached: Capabilities | undefined;

/** This browser's capabilities, read once. */
export function browserCapabilities(): Capabilities {
  cached ??= detectCapabilities(typeof window === 'undefined' ? {} : (window as CapabilityWindow));
  return cached;
}
