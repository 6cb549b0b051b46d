import { describe, expect, it } from 'vitest';
import { type AccountDraft, checkAccount, draftFrom } from '../../src/phone/account';
import { ACCOUNT } from './fakeSip';

const good: AccountDraft = {
  sipAddress: ' 100@voispeed.local ',
  authorizationUser: '',
  password: 'demo100',
  extension: '',
  displayName: 'Demo 100',
  url: 'ws://127.0.0.1:5066',
  url2: '',
  iceServers: '',
};

describe('checkAccount', () => {
  it('accepts a good draft, trimming it and taking the extension from a numeric user', () => {
    const check = checkAccount(good);
    expect(check).toEqual({ ok: true, account: { ...ACCOUNT, extension: '100' } });
  });

  it('round-trips through the form draft', () => {
    expect(checkAccount(draftFrom(ACCOUNT))).toEqual({ ok: true, account: ACCOUNT });
  });

  it.each([
    ['sipAddress', { sipAddress: 'no-domain' }],
    ['sipAddress', { sipAddress: 'a b@c' }],
    ['sipAddress', { sipAddress: '<script>@x' }],
    ['password', { password: '' }],
    ['extension', { extension: '10;0' }],
    ['url', { url: 'http://pbx.example.com' }],
    ['url', { url: 'javascript:alert(1)' }],
    ['url', { url: '' }],
    ['url2', { url2: 'pbx2:8089' }],
    ['iceServers', { iceServers: 'stun:ok.example.com\nhttp://bad' }],
    ['extendedIdHeader', { extendedIdHeader: 'X Ticket' }],
    ['extendedIdHeader', { extendedIdHeader: 'X-Ticket:\r\nVia' }],
    ['extendedIdHeader', { extendedIdHeader: 'Call-ID' }],
    ['dtmf', { dtmf: 'RFC2833' as never }],
    ['dtmf', { dtmf: '' as never }],
    ['iceServers', { iceServers: 'stun:user:pw@a.example' }],
    ['iceServers', { iceServers: 'turn:user@a.example' }],
    ['iceServers', { iceServers: 'turn:u:%zz@a.example' }],
    ['relayOnly', { relayOnly: true }],
    ['relayOnly', { relayOnly: true, iceServers: 'stun:a.example' }],
    ['reconnectLimit', { reconnectLimit: '9' }],
    ['reconnectLimit', { reconnectLimit: '601' }],
    ['reconnectLimit', { reconnectLimit: '30s' }],
    ['reconnectLimit', { reconnectLimit: '1e2' }],
  ] as const)('names %s as the problem in %j', (problem, change) => {
    expect(checkAccount({ ...good, ...change })).toEqual({ ok: false, problem });
  });

  it('refuses plain ws:// to another host from an https page, which the browser would block', () => {
    const remote = { ...good, url: 'ws://pbx.example.com:8088' };
    expect(checkAccount(remote, true)).toEqual({ ok: false, problem: 'insecureUrl' });
    expect(checkAccount({ ...good, url2: 'ws://pbx2.example.com' }, true)).toEqual({
      ok: false,
      problem: 'insecureUrl',
    });
    expect(checkAccount(remote, false).ok).toBe(true);
    expect(checkAccount(good, true).ok).toBe(true);
    expect(checkAccount({ ...good, url: 'wss://pbx.example.com' }, true).ok).toBe(true);
  });

  it('keeps an extended ID header of its own, and none for the default', () => {
    const own = checkAccount({ ...good, extendedIdHeader: ' X-Ticket ' });
    expect(own.ok && own.account.extendedIdHeader).toBe('X-Ticket');
    const standard = checkAccount({ ...good, extendedIdHeader: 'X-Extended-ID' });
    expect(standard.ok && 'extendedIdHeader' in standard.account).toBe(false);
  });

  it('keeps RFC 4733 DTMF, and nothing for SIP INFO, the default', () => {
    const rtp = checkAccount({ ...good, dtmf: 'rfc4733' });
    expect(rtp.ok && rtp.account.dtmf).toBe('rfc4733');
    expect(draftFrom(rtp.ok ? rtp.account : undefined).dtmf).toBe('rfc4733');
    const info = checkAccount({ ...good, dtmf: 'info' });
    expect(info.ok && 'dtmf' in info.account).toBe(false);
    expect(draftFrom(undefined).dtmf).toBe('info');
  });

  it('keeps STUN/TURN servers one per line and a second URL', () => {
    const check = checkAccount({
      ...good,
      url2: 'wss://pbx2.example.com:8089/ws',
      iceServers: 'stun:a:3478\n turn:b ',
    });
    expect(check.ok && check.account).toMatchObject({
      url2: 'wss://pbx2.example.com:8089/ws',
      iceServers: ['stun:a:3478', 'turn:b'],
    });
  });

  it('keeps relay only with a TURN server, and a limit other than the 60 s default', () => {
    const check = checkAccount({
      ...good,
      iceServers: 'turn:u:p@turn.example:3478',
      relayOnly: true,
      reconnectLimit: ' 120 ',
    });
    expect(check.ok && check.account).toMatchObject({ relayOnly: true, reconnectLimit: 120 });
    const back = draftFrom(check.ok ? check.account : undefined);
    expect(back).toMatchObject({ relayOnly: true, reconnectLimit: '120' });
    const plain = checkAccount({ ...good, reconnectLimit: '60' });
    expect(plain.ok && ('reconnectLimit' in plain.account || 'relayOnly' in plain.account)).toBe(
      false,
    );
  });
});
