// Registering and staying registered, through the project's adapter and keeper on real JsSIP:
// the digest challenge, the refresh the keeper times, keepalive probes and reconnecting.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  KEEPALIVE_MS,
  PROBE_TIMEOUT_MS,
} from '../../../../src/phone/registration/registrationTiming';
import { header } from '../../../e2e/sipWire';
import { browser } from './browserStandIns';
import { advance, settle } from './clock';
import { ACCOUNT, PBX_URL, phoneWorldEachTest, startPhone } from './phoneHarness';
import { DOMAIN, must, type SipPeer } from './sipPeer';

phoneWorldEachTest();

const sent = (peer: SipPeer, method: string) => peer.log.filter((m) => m.method === method);

describe('registration through the adapter', () => {
  it('answers the 401 challenge with a right digest and reports registered', async () => {
    const { peer, registrations, states } = await startPhone();
    const registers = sent(peer, 'REGISTER');
    expect(registers).toHaveLength(2);
    expect(header(must(registers[0]), 'authorization')).toBeUndefined();
    expect(peer.digests).toEqual([true]);
    expect(states()).toEqual(['connecting', 'registered']);
    expect(registrations.at(-1)).toMatchObject({ state: 'registered', reason: '', url: PBX_URL });
    expect(peer.contact).toMatch(/^sip:\w+@[\w.]+\.invalid;transport=ws$/);
  });

  it('stops at a wrong password: wrong-credentials, and no second try', async () => {
    const { peer, states, registrations } = await startPhone({ ...ACCOUNT, password: 'nope' });
    expect(peer.digests).toEqual([false]);
    expect(states()).toEqual(['connecting', 'failed']);
    expect(registrations.at(-1)).toMatchObject({ state: 'failed', reason: 'wrong-credentials' });
    await advance(60_000);
    expect(sent(peer, 'REGISTER')).toHaveLength(2);
  });

  it('registers with a precomputed HA1 instead of the password', async () => {
    const ha1 = createHash('md5').update(`100:${DOMAIN}:demo100`).digest('hex').toUpperCase();
    const { peer, states } = await startPhone({ ...ACCOUNT, password: ha1, passwordIsHa1: true });
    expect(peer.digests).toEqual([true]);
    expect(states().at(-1)).toBe('registered');
  });

  it('refreshes when the keeper says so, with half of a short grant left', async () => {
    const { peer, states } = await startPhone(ACCOUNT, (p) => {
      p.registrar.expires = 60;
    });
    const first = sent(peer, 'REGISTER').at(-1);
    await advance(39_000);
    expect(sent(peer, 'REGISTER')).toHaveLength(2);
    // Refresh due at 30 s; the keeper's 40 s tick sends it, before JsSIP's own at 55 s.
    await advance(1_000);
    const refresh = sent(peer, 'REGISTER').slice(2);
    expect(refresh).toHaveLength(2);
    expect(header(must(refresh[0]), 'call-id')).toBe(header(must(first), 'call-id'));
    expect(peer.digests).toEqual([true, true]);
    expect(states()).toEqual(['connecting', 'registered']);
  });

  it('stays on its one connection through refreshes, well past the first grant', async () => {
    // JsSIP reports only a registration's first success; the keeper learns of each refresh
    // from the socket, or it would take the first grant's end for a lapse and reconnect.
    const { peer, states } = await startPhone(ACCOUNT, (p) => {
      p.registrar.expires = 60;
    });
    await advance(5 * 60_000);
    expect(peer.connections).toBe(1);
    expect(sent(peer, 'REGISTER').length).toBeGreaterThanOrEqual(2 + 7);
    expect(peer.digests.every(Boolean)).toBe(true);
    expect(states()).toEqual(['connecting', 'registered']);
  });

  it('probes with OPTIONS every keepalive interval and stays registered when answered', async () => {
    const { peer, states } = await startPhone();
    await advance(KEEPALIVE_MS * 3);
    const probes = sent(peer, 'OPTIONS');
    expect(probes).toHaveLength(3);
    expect(probes[0]?.uri).toBe('sip:voispeed.local');
    expect(peer.connections).toBe(1);
    expect(states()).toEqual(['connecting', 'registered']);
  });

  it('takes any answer, even an error, as a live socket', async () => {
    const { peer, states } = await startPhone(ACCOUNT, (p) => {
      p.probes = 405;
    });
    await advance(KEEPALIVE_MS * 2);
    expect(peer.connections).toBe(1);
    expect(states()).toEqual(['connecting', 'registered']);
  });

  it('reconnects and registers again when a probe goes unanswered', async () => {
    const { peer, states, registrations } = await startPhone();
    peer.probes = 'silent';
    await advance(KEEPALIVE_MS + PROBE_TIMEOUT_MS);
    expect(registrations.at(-1)?.detail).toMatchObject({ kind: 'reconnecting', reason: 'timeout' });
    peer.probes = 200;
    await advance(500);
    expect(peer.connections).toBe(2);
    expect(states()).toEqual([
      'connecting',
      'registered',
      'reconnecting',
      'connecting',
      'registered',
    ]);
    expect(sent(peer, 'REGISTER')).toHaveLength(4);
  });

  it('reconnects when the PBX closes the socket', async () => {
    const { peer, states } = await startPhone();
    peer.drop();
    await settle();
    expect(states().at(-1)).toBe('reconnecting');
    await advance(500);
    expect(peer.connections).toBe(2);
    expect(states().at(-1)).toBe('registered');
  });

  it('keeps retrying while the PBX is down, and registers once it is back', async () => {
    const { peer, states } = await startPhone(ACCOUNT, (p) => {
      p.up = false;
    });
    expect(states()).toEqual(['connecting', 'reconnecting']);
    await advance(3_000);
    expect(peer.connections).toBe(0);
    peer.up = true;
    await advance(3_000);
    expect(peer.connections).toBe(1);
    expect(states().at(-1)).toBe('registered');
  });

  it('waits out a network outage and probes the socket it kept when the browser is back', async () => {
    const { peer, states } = await startPhone();
    browser.window.dispatchEvent(new Event('offline'));
    expect(states().at(-1)).toBe('network-offline');
    await advance(KEEPALIVE_MS * 2);
    expect(sent(peer, 'OPTIONS')).toHaveLength(0);
    browser.window.dispatchEvent(new Event('online'));
    await settle();
    expect(sent(peer, 'OPTIONS')).toHaveLength(1);
    expect(peer.connections).toBe(1);
    expect(states().at(-1)).toBe('registered');
  });
});
