import { describe, expect, it } from 'vitest';
import { type MixContext, mixConference } from '../../../src/phone/media/conferenceMix';
import { park, unpark } from '../../../src/phone/media/senderTracks';

interface FakeTrack {
  name: string;
  kind: 'audio';
  enabled: boolean;
  stopped: boolean;
  clone(): FakeTrack;
  stop(): void;
}

function track(name: string): FakeTrack {
  const made: FakeTrack = {
    name,
    kind: 'audio',
    enabled: true,
    stopped: false,
    clone: () => track(`${name}'`),
    stop() {
      made.stopped = true;
    },
  };
  return made;
}

function call(name: string) {
  const sender = {
    track: track(`mic ${name}`) as FakeTrack | null,
    async replaceTrack(next: FakeTrack | null) {
      sender.track = next;
    },
  };
  const microphone = sender.track as FakeTrack;
  const remote = track(`remote ${name}`);
  const connection = {
    connectionState: 'connected',
    getSenders: () => [sender],
    getReceivers: () => [{ track: remote }],
  };
  return {
    sender,
    /** The sender as senderTracks.ts takes it. */
    rtc: sender as unknown as RTCRtpSender,
    microphone,
    remote,
    connection: connection as unknown as RTCPeerConnection,
  };
}

/** A context whose nodes are named after what they carry, and which records every wire. */
function fakeAudio() {
  const wires = new Set<string>();
  let disconnected = 0;
  let closed = false;
  const node = (name: string) => ({
    name,
    connect(to: unknown) {
      wires.add(`${name} -> ${(to as { name: string }).name}`);
      return to;
    },
    disconnect() {
      disconnected += 1;
      for (const wire of [...wires]) if (wire.startsWith(`${name} ->`)) wires.delete(wire);
    },
  });
  let outs = 0;
  let gains = 0;
  const gainNodes: { gain: { value: number } }[] = [];
  const context: MixContext = {
    state: 'running',
    createMediaStreamSource: (stream) => node(`source(${(stream as unknown as FakeTrack).name})`),
    createMediaStreamDestination() {
      outs += 1;
      const out = track(`mix ${outs}`);
      return { ...node(`mix ${outs}`), stream: { getAudioTracks: () => [out] } as never };
    },
    createGain() {
      gains += 1;
      const made = { ...node(`gain ${gains}`), gain: { value: 1 } };
      gainNodes.push(made);
      return made;
    },
    resume: async () => {},
    async close() {
      closed = true;
    },
  };
  const edges = {
    context: () => context,
    stream: (t: MediaStreamTrack) => t as unknown as MediaStream,
  };
  return {
    edges,
    wires,
    gainNodes,
    disconnected: () => disconnected,
    closed: () => closed,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mixConference', () => {
  it('sends each call the microphone and the other call, and gives the microphones back', async () => {
    const a = call('a');
    const b = call('b');
    const audio = fakeAudio();
    const mix = mixConference([a.connection, b.connection], false, audio.edges);
    expect(mix).toBeDefined();
    expect([...audio.wires].sort()).toEqual([
      'gain 1 -> mix 1',
      'gain 2 -> mix 2',
      "source(mic a') -> gain 1",
      "source(mic b') -> gain 2",
      'source(remote a) -> mix 2',
      'source(remote b) -> mix 1',
    ]);
    await tick();
    expect(a.sender.track?.name).toBe('mix 1');
    expect(b.sender.track?.name).toBe('mix 2');
    // The originals are off the senders and off: JsSIP's mute and hold act on the mix now.
    expect([a.microphone.enabled, b.microphone.enabled]).toEqual([false, false]);

    mix?.setMuted(true);
    expect(audio.gainNodes.map((g) => g.gain.value)).toEqual([0, 0]);
    mix?.stop();
    await tick();
    expect(a.sender.track).toBe(a.microphone);
    expect(b.sender.track).toBe(b.microphone);
    // Muted when the merge ended: the microphones go back muted.
    expect([a.microphone.enabled, b.microphone.enabled]).toEqual([false, false]);
    expect(audio.wires.size).toBe(0);
    expect(audio.disconnected()).toBe(8);
    expect(audio.closed()).toBe(true);
  });

  it('stops every track it made, and leaves an ended call alone', async () => {
    const a = call('a');
    const b = call('b');
    const audio = fakeAudio();
    const mix = mixConference([a.connection, b.connection], false, audio.edges);
    await tick();
    const mixA = a.sender.track as FakeTrack;
    (b.connection as { connectionState: string }).connectionState = 'closed';
    mix?.stop();
    await tick();
    expect(mixA.stopped).toBe(true);
    expect(a.sender.track).toBe(a.microphone);
    expect(a.microphone.enabled).toBe(true);
    expect(b.sender.track?.name).toBe('mix 2');
    expect(b.sender.track?.stopped).toBe(true);
    expect(b.microphone.stopped).toBe(false);
  });

  it('merges a held call: its mix goes out when the hold ends, and a hold during it keeps it', async () => {
    const a = call('a');
    const b = call('b');
    park(b.rtc);
    await tick();
    expect(b.sender.track).toBeNull();
    const mix = mixConference([a.connection, b.connection], false, fakeAudio().edges);
    await tick();
    expect(b.sender.track).toBeNull();
    unpark(b.rtc);
    await tick();
    expect(b.sender.track?.name).toBe('mix 2');
    // Held again, then unmerged while held: the microphone is what comes back after the hold.
    park(b.rtc);
    mix?.stop();
    await tick();
    expect(b.sender.track).toBeNull();
    unpark(b.rtc);
    await tick();
    expect(b.sender.track).toBe(b.microphone);
  });

  it('mixes nothing when a call has no audio yet', () => {
    const a = call('a');
    const b = call('b');
    b.sender.track = null;
    expect(mixConference([a.connection, b.connection], false, fakeAudio().edges)).toBeUndefined();
    expect(a.sender.track).toBe(a.microphone);
  });
});
