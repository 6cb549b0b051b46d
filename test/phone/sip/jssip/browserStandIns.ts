// Just enough WebRTC for JsSIP's RTCSession to run its offer/answer in Node: a peer connection
// that keeps the signalling state as a browser does (and refuses what a browser refuses), with
// ICE gathering complete at once, plus getUserMedia and MediaStream. Installed per test file.
import { vi } from 'vitest';
import { answering, directionOf, sdp } from './sdp';

export class FakeTrack {
  enabled = true;
  readyState: 'live' | 'ended' = 'live';
  readonly id = `track-${Math.random().toString(36).slice(2, 8)}`;
  constructor(readonly kind: 'audio' | 'video' = 'audio') {}
  stop(): void {
    this.readyState = 'ended';
  }
}

export class FakeMediaStream {
  readonly id = `stream-${Math.random().toString(36).slice(2, 8)}`;
  private readonly tracks: FakeTrack[];
  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks];
  }
  getTracks = () => [...this.tracks];
  getAudioTracks = () => this.tracks.filter((t) => t.kind === 'audio');
  getVideoTracks = () => this.tracks.filter((t) => t.kind === 'video');
  addTrack = (track: FakeTrack) => this.tracks.push(track);
  removeTrack = (track: FakeTrack) => this.tracks.splice(this.tracks.indexOf(track), 1);
}

class FakeSender {
  constructor(public track: FakeTrack | null) {}
  async replaceTrack(track: FakeTrack | null): Promise<void> {
    this.track = track;
  }
}

type Description = { type: 'offer' | 'answer'; sdp: string };

const invalidState = (what: string) => new DOMException(what, 'InvalidStateError');

/** How long an ICE restart's gathering takes. */
export const GATHERING_MS = 10;

export class FakePeerConnection extends EventTarget {
  signalingState: 'stable' | 'have-local-offer' | 'have-remote-offer' | 'closed' = 'stable';
  readonly iceGatheringState = 'complete';
  iceConnectionState = 'new';
  connectionState = 'new';
  localDescription: Description | null = null;
  remoteDescription: Description | null = null;
  private readonly senders: FakeSender[] = [];
  private version = 1;
  private tracked = false;

  constructor(readonly config?: RTCConfiguration) {
    super();
    browser.connections.push(this);
  }

  /** The options of each createOffer, an ICE restart's among them. */
  readonly offers: (RTCOfferOptions | undefined)[] = [];

  async createOffer(options?: RTCOfferOptions): Promise<Description> {
    if (this.signalingState === 'closed') throw invalidState('closed');
    this.offers.push(options);
    if (options?.iceRestart) {
      // A restart gathers anew: JsSIP waits for the gathering to say it is complete again.
      setTimeout(() => this.dispatchEvent(new Event('icegatheringstatechange')), GATHERING_MS);
    }
    return { type: 'offer', sdp: sdp('sendrecv', this.version++) };
  }
  async createAnswer(): Promise<Description> {
    if (this.signalingState !== 'have-remote-offer') throw invalidState('no remote offer');
    const offered = directionOf(this.remoteDescription?.sdp ?? '');
    return { type: 'answer', sdp: sdp(answering(offered), this.version++) };
  }
  async setLocalDescription(desc: Description): Promise<void> {
    const ok = desc.type === 'offer' ? this.signalingState !== 'have-remote-offer' : this.remote();
    if (!ok || this.signalingState === 'closed') throw invalidState(`local ${desc.type}`);
    this.localDescription = desc;
    this.signalingState = desc.type === 'offer' ? 'have-local-offer' : 'stable';
  }
  async setRemoteDescription(desc: Description): Promise<void> {
    // An offer in have-local-offer is an implicit rollback of ours, as browsers do today.
    const ok = desc.type === 'offer' ? this.signalingState !== 'have-remote-offer' : this.local();
    if (!ok || this.signalingState === 'closed') throw invalidState(`remote ${desc.type}`);
    this.remoteDescription = desc;
    this.signalingState = desc.type === 'offer' ? 'have-remote-offer' : 'stable';
    if (this.tracked) return;
    this.tracked = true;
    const track = new FakeTrack('audio');
    const event = Object.assign(new Event('track'), {
      track,
      streams: [new FakeMediaStream([track])],
    });
    this.dispatchEvent(event);
  }
  addTrack(track: FakeTrack): FakeSender {
    const sender = new FakeSender(track);
    this.senders.push(sender);
    return sender;
  }
  getSenders(): FakeSender[] {
    return [...this.senders];
  }
  close(): void {
    this.signalingState = 'closed';
    this.connectionState = 'closed';
  }
  /** The media path died (what Chromium reports once ICE consent expires). */
  fail(): void {
    this.become('failed');
  }
  /** A path works (again): what an ICE restart's checks end in. */
  connect(): void {
    this.become('connected');
  }
  private become(state: RTCPeerConnectionState): void {
    this.connectionState = state;
    this.dispatchEvent(new Event('connectionstatechange'));
  }
  private remote = () => this.signalingState === 'have-remote-offer';
  private local = () => this.signalingState === 'have-local-offer';
}

/** What the stand-ins saw, and the knobs a test turns. */
export const browser = {
  connections: [] as FakePeerConnection[],
  constraints: [] as MediaStreamConstraints[],
  denyMicrophone: false,
  /** The page's window: dispatch 'online'/'offline' on it. Replaced by each install. */
  window: Object.assign(new EventTarget(), { navigator: { onLine: true } }),
};

/** Stubs the browser globals JsSIP and the adapter read; vi.unstubAllGlobals() takes them away. */
export function installBrowser(): typeof browser {
  browser.connections = [];
  browser.constraints = [];
  browser.denyMicrophone = false;
  const getUserMedia = async (constraints: MediaStreamConstraints) => {
    browser.constraints.push(constraints);
    if (browser.denyMicrophone) throw new DOMException('denied', 'NotAllowedError');
    return new FakeMediaStream([new FakeTrack('audio')]);
  };
  const navigator = { onLine: true, mediaDevices: { getUserMedia } };
  browser.window = Object.assign(new EventTarget(), {
    navigator,
    RTCPeerConnection: FakePeerConnection,
  });
  vi.stubGlobal('window', browser.window);
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  vi.stubGlobal('navigator', navigator);
  vi.stubGlobal('RTCPeerConnection', FakePeerConnection);
  vi.stubGlobal(
    'RTCSessionDescription',
    class {
      constructor(init: Description) {
        Object.assign(this, init);
      }
    },
  );
  vi.stubGlobal('MediaStream', FakeMediaStream);
  return browser;
}
