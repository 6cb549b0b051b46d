import { describe, expect, it } from 'vitest';
import {
  type CapabilityWindow,
  detectCapabilities,
  limitsOf,
} from '../../src/browser/capabilities';

const proto = (...names: string[]) => ({
  prototype: Object.fromEntries(names.map((n) => [n, undefined])),
});
const fn = () => {};

/** What Chromium 13x offers of the APIs the phone uses. */
const chromium: CapabilityWindow = {
  RTCPeerConnection: proto('connectionState'),
  BroadcastChannel: fn,
  AudioContext: proto('setSinkId'),
  HTMLMediaElement: proto('setSinkId'),
  Notification: fn,
  launchQueue: {},
  navigator: {
    locks: {},
    registerProtocolHandler: fn,
    serviceWorker: {},
    clipboard: { readText: fn },
    mediaDevices: { getUserMedia: fn },
  },
};

/** What Firefox ESR 153 offers, as probed in the e2e browser. */
const firefox: CapabilityWindow = {
  ...chromium,
  AudioContext: proto(),
  launchQueue: undefined,
  navigator: {
    ...chromium.navigator,
    mediaDevices: { getUserMedia: fn, selectAudioOutput: fn },
  },
};

/** Safari 17, from its documentation: no launchQueue, registerProtocolHandler or setSinkId (18.4). */
const safari: CapabilityWindow = {
  ...chromium,
  AudioContext: proto(),
  HTMLMediaElement: proto(),
  launchQueue: undefined,
  navigator: { ...chromium.navigator, registerProtocolHandler: undefined },
};

describe('browser capabilities', () => {
  it.each([
    ['Chromium', chromium, []],
    ['Firefox', firefox, ['appInstall', 'toneOutput', 'callOutputOnRequest']],
    ['Safari', safari, ['appInstall', 'linkHandlers', 'toneOutput', 'callOutputNone']],
  ])('lists what %s lacks', (_name, win, limits) => {
    expect(limitsOf(detectCapabilities(win))).toEqual(limits);
  });

  it('names the way call audio reaches a chosen speaker', () => {
    expect(detectCapabilities(chromium).callOutput).toBe('list');
    expect(detectCapabilities(firefox).callOutput).toBe('on-request');
    expect(detectCapabilities(safari).callOutput).toBe('none');
  });

  it('finds nothing, and throws nothing, in an empty or hostile window', () => {
    const nothing = limitsOf(detectCapabilities({}));
    expect(nothing).toContain('calls');
    expect(nothing).toContain('offline');
    expect(nothing).not.toContain('callOutputOnRequest');
    const hostile = {
      RTCPeerConnection: { prototype: {} },
      navigator: { locks: null, serviceWorker: null, clipboard: {}, mediaDevices: {} },
    } as unknown as CapabilityWindow;
    expect(detectCapabilities(hostile)).toMatchObject({
      calls: false,
      windowLock: false,
      offline: false,
      clipboardRead: false,
      connectionState: false,
    });
  });
});
