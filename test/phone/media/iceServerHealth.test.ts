import { describe, expect, it } from 'vitest';
import { createIceServerHealth } from '../../../src/phone/media/iceServerHealth';

const STUN = ['stun:stun.example.com:3478'];
const TURN = ['stun:stun.example.com', 'turn:turn.example.com?transport=udp'];

describe('ICE server health', () => {
  it('waits for the servers until they stay silent once, then not until they answer again', () => {
    const health = createIceServerHealth();
    expect(health.wanted(STUN)).toBe('srflx');
    health.silent(STUN);
    expect(health.wanted(STUN)).toBe('host');
    // Host candidates of later calls say nothing about the server.
    health.heard(STUN, 'host');
    expect(health.wanted(STUN)).toBe('host');
    // A server-reflexive candidate, even one that came after its call went ahead, does.
    health.heard(STUN, 'srflx');
    expect(health.wanted(STUN)).toBe('srflx');
  });

  it('judges TURN servers by relay candidates only', () => {
    const health = createIceServerHealth();
    health.silent(TURN);
    health.heard(TURN, 'srflx');
    expect(health.wanted(TURN)).toBe('host');
    health.heard(TURN, null);
    expect(health.wanted(TURN)).toBe('host');
    health.heard(TURN, 'relay');
    expect(health.wanted(TURN)).toBe('relay');
  });

  it('keeps each list of servers apart, and each instance apart', () => {
    const health = createIceServerHealth();
    health.silent(STUN);
    expect(health.wanted(['stun:other.example.com'])).toBe('srflx');
    expect(createIceServerHealth().wanted(STUN)).toBe('srflx');
  });

  it('has nothing to learn without servers', () => {
    const health = createIceServerHealth();
    health.silent([]);
    expect(health.wanted([])).toBe('host');
  });
});
