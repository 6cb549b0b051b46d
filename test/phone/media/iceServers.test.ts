import { describe, expect, it } from 'vitest';
import { hasTurnServer, rtcIceServer } from '../../../src/phone/media/iceServers';

describe('rtcIceServer', () => {
  it.each([
    ['stun:stun.example.com:3478', { urls: 'stun:stun.example.com:3478' }],
    ['stuns:stun.example.com', { urls: 'stuns:stun.example.com' }],
    ['turn:turn.example.com?transport=tcp', { urls: 'turn:turn.example.com?transport=tcp' }],
    ['turn:[::1]:3478', { urls: 'turn:[::1]:3478' }],
    [
      'turn:alice:s3cret@turn.example.com:3478?transport=udp',
      {
        urls: 'turn:turn.example.com:3478?transport=udp',
        username: 'alice',
        credential: 's3cret',
      },
    ],
    [
      'turns:bob%40office:p%3Aw@turn.example.com',
      { urls: 'turns:turn.example.com', username: 'bob@office', credential: 'p:w' },
    ],
  ])('takes %s as %j', (url, server) => {
    expect(rtcIceServer(url)).toEqual(server);
  });

  it.each([
    'http://turn.example.com',
    'stun:user:password@stun.example.com',
    'turn:user@turn.example.com',
    'turn:user:password@',
    'turn:u:%E0%A4%A@turn.example.com',
    'turn:turn.example.com/path',
    'turn:turn.example.com?transport=sctp',
    'turn:turn example.com',
  ])('refuses %s', (url) => {
    expect(rtcIceServer(url)).toBeUndefined();
  });

  it('finds a TURN server in the list', () => {
    expect(hasTurnServer(['stun:a.example', 'turn:u:p@b.example'])).toBe(true);
    expect(hasTurnServer(['stun:a.example'])).toBe(false);
  });
});
