import { describe, expect, it } from 'vitest';
import { heldMedia } from '../../../src/phone/media/heldMedia';

function fakeSender(kind: 'audio' | 'video') {
  const sender = {
    track: { kind, enabled: true } as MediaStreamTrack | null,
    async replaceTrack(track: MediaStreamTrack | null) {
      sender.track = track;
    },
  };
  return sender;
}

function fakeCall() {
  const audio = fakeSender('audio');
  const video = fakeSender('video');
  const state = { local: false, remote: false, muted: false };
  const session = {
    connection: {
      connectionState: 'connected',
      getSenders: () => [audio, video],
    } as unknown as RTCPeerConnection,
    isOnHold: () => ({ local: state.local, remote: state.remote }),
    isMuted: () => ({ audio: state.muted }),
  };
  return { audio, video, state, update: heldMedia(session) };
}

describe('heldMedia', () => {
  it('takes the microphone off the call while either side holds it, and puts it back after', async () => {
    const call = fakeCall();
    const microphone = call.audio.track;
    call.state.local = true;
    call.update();
    await Promise.resolve();
    expect(call.audio.track).toBeNull();
    expect(call.video.track).not.toBeNull();

    call.state.remote = true;
    call.update();
    call.state.local = false;
    call.update();
    await Promise.resolve();
    expect(call.audio.track).toBeNull();

    call.state.remote = false;
    call.update();
    await Promise.resolve();
    expect(call.audio.track).toBe(microphone);
    expect(microphone?.enabled).toBe(true);
  });

  it('puts the microphone back disabled when the user muted during the hold', async () => {
    const call = fakeCall();
    const microphone = call.audio.track;
    call.state.local = true;
    call.update();
    await Promise.resolve();
    if (microphone) microphone.enabled = false; // JsSIP disables it on hold
    call.state.muted = true;
    call.state.local = false;
    call.update();
    await Promise.resolve();
    expect(call.audio.track).toBe(microphone);
    expect(microphone?.enabled).toBe(false);
  });

  it('does nothing once the connection is closed', () => {
    const closed = heldMedia({
      connection: { connectionState: 'closed' } as RTCPeerConnection,
      isOnHold: () => ({ local: true, remote: false }),
      isMuted: () => ({ audio: false }),
    });
    expect(() => closed()).not.toThrow();
  });
});
