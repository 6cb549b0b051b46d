import { describe, expect, it } from 'vitest';
import { endWhenMediaFails } from '../../../src/phone/media/deadMedia';

/** A peer connection that only changes state, as the browser would tell it. */
class FakeConnection extends EventTarget {
  connectionState: RTCPeerConnectionState = 'new';
  iceConnectionState: RTCIceConnectionState = 'new';
  become(state: RTCPeerConnectionState, ice: RTCIceConnectionState = this.iceConnectionState) {
    this.connectionState = state;
    this.iceConnectionState = ice;
    this.dispatchEvent(new Event('connectionstatechange'));
  }
}

function session(connection: FakeConnection | null) {
  const asked: unknown[] = [];
  const listeners: ((e: { peerconnection: RTCPeerConnection }) => void)[] = [];
  let ended = false;
  const fake = {
    connection: connection as unknown as RTCPeerConnection | null,
    on: (_event: string, listener: (e: { peerconnection: RTCPeerConnection }) => void) =>
      listeners.push(listener),
    isEnded: () => ended,
    terminate: (options?: unknown) => {
      asked.push(options);
      ended = true;
    },
  };
  const makeConnection = (pc: FakeConnection) => {
    for (const listener of listeners)
      listener({ peerconnection: pc as unknown as RTCPeerConnection });
  };
  // JsSIP types on() per event name; this fake only ever hears 'peerconnection'.
  return {
    fake: fake as unknown as Parameters<typeof endWhenMediaFails>[0],
    asked,
    makeConnection,
  };
}

const RTP_TIMEOUT = { cause: 'RTP Timeout', status_code: 408, reason_phrase: 'RTP Timeout' };

describe('endWhenMediaFails', () => {
  it('ends the call once when the connection fails while ICE only says disconnected', () => {
    const pc = new FakeConnection();
    const { fake, asked } = session(pc);
    endWhenMediaFails(fake);
    pc.become('connected', 'connected');
    pc.become('disconnected', 'disconnected');
    expect(asked).toEqual([]);
    pc.become('failed', 'disconnected');
    pc.become('failed', 'disconnected');
    expect(asked).toEqual([RTP_TIMEOUT]);
  });

  it('watches the connection an incoming call makes on answer', () => {
    const { fake, asked, makeConnection } = session(null);
    endWhenMediaFails(fake);
    const pc = new FakeConnection();
    makeConnection(pc);
    pc.become('failed');
    expect(asked).toEqual([RTP_TIMEOUT]);
  });

  it('leaves a call alone that ended already or only closed its connection', () => {
    const pc = new FakeConnection();
    const { fake, asked } = session(pc);
    endWhenMediaFails(fake);
    pc.become('closed', 'closed');
    expect(asked).toEqual([]);
    fake.terminate({});
    pc.become('failed');
    expect(asked).toEqual([{}]);
  });
});
