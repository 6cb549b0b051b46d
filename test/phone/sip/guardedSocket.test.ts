// JsSIP's real user agent behind the guarded socket: a malformed request gets exactly one final
// response and never becomes a session; a good INVITE still rings; nothing else changes.
import { UA } from 'jssip';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screenIncoming } from '../../../src/phone/sip/badRequests';
import { GuardedSocket, type JsSipSocket } from '../../../src/phone/sip/guardedSocket';
import { readWithJsSip } from '../../../src/phone/sip/sipAdapter';
import { ANSWERED, DROPPED, PASSED } from './badRequestCases';
import { headLines, invite } from './rawSip';

/** The WebSocket side: records what JsSIP sends, and delivers what the "PBX" sends. */
class FakeWebSocket implements JsSipSocket {
  readonly sent: string[] = [];
  via_transport = 'WS';
  readonly url = 'ws://127.0.0.1:8088';
  readonly sip_uri = 'sip:127.0.0.1:8088;transport=ws';
  private open = false;
  onconnect = () => {};
  ondisconnect = () => {};
  ondata: (data: unknown) => void = () => {};
  connect(): void {
    this.open = true;
    this.onconnect();
  }
  disconnect(): void {
    this.open = false;
  }
  send(message: unknown): boolean {
    this.sent.push(String(message));
    return true;
  }
  isConnected(): boolean {
    return this.open;
  }
  isConnecting(): boolean {
    return false;
  }
}

const hadWindow = 'window' in globalThis;
let wire: FakeWebSocket;
let warnings: string[];
let sessions: number;
let ua: UA;
let observed: string[];

beforeAll(() => {
  // JsSIP takes an INVITE only where WebRTC exists; no peer connection is made before answering.
  if (!hadWindow) Object.assign(globalThis, { window: { RTCPeerConnection: class {} } });
});
afterAll(() => {
  if (!hadWindow) Reflect.deleteProperty(globalThis, 'window');
});

beforeEach(() => {
  wire = new FakeWebSocket();
  warnings = [];
  sessions = 0;
  observed = [];
  const socket = new GuardedSocket(
    wire,
    (text) => screenIncoming(text, readWithJsSip),
    (warning) => warnings.push(warning),
    (text) => observed.push(`${sessions} ${headLines(text)[0]}`),
  );
  ua = new UA({ sockets: [socket], uri: 'sip:101@voispeed.local', password: 'x', register: false });
  ua.on('newRTCSession', ({ session }: RTCSessionEvent) => {
    sessions++;
    session.terminate();
  });
  ua.start();
  return () => ua.stop();
});

const statusLines = () => wire.sent.map((m) => headLines(m)[0] ?? '');
const finals = () => statusLines().filter((line) => /^SIP\/2\.0 [2-6]\d\d /.test(line));

describe('GuardedSocket in front of JsSIP', () => {
  it.each(ANSWERED)('$name: one $status, no session', ({ text, status, reason }) => {
    wire.ondata(text);
    expect(statusLines()).toEqual([`SIP/2.0 ${status} ${reason}`]);
    expect(sessions).toBe(0);
    expect(warnings).toHaveLength(1);
  });

  it.each(DROPPED)('$name: no answer, no session', ({ text }) => {
    wire.ondata(text);
    expect(wire.sent).toEqual([]);
    expect(sessions).toBe(0);
    expect(warnings).toHaveLength(1);
  });

  it.each(PASSED)('$name: reaches JsSIP, no warning', ({ text }) => {
    wire.ondata(text);
    expect(warnings).toEqual([]);
    // Keepalives are answered by JsSIP's transport; every request is answered once by JsSIP.
    if (text === '\r\n\r\n') expect(wire.sent).toEqual(['\r\n']);
    else if (text.startsWith('INVITE sip:')) expect(finals()).toHaveLength(1);
  });

  it('still rings a good INVITE, and one with a long Call-ID or a Unicode display name', () => {
    const unusual = [
      invite({}, 1),
      invite({ 'Call-ID': `${'a-.!%*_+~'.repeat(100)}@host` }, 2),
      invite({ From: '"Zoë 日本 ☎" <sip:100@voispeed.local>;tag=u3' }, 3),
    ];
    for (const text of unusual) wire.ondata(text);
    expect(sessions).toBe(3);
    expect(statusLines().filter((line) => line === 'SIP/2.0 100 Trying')).toHaveLength(3);
  });

  it('reads binary frames as JsSIP does, and answers on the same socket', () => {
    wire.ondata(new TextEncoder().encode(invite({ 'Call-ID': 'a😀b' })).buffer);
    expect(statusLines()).toEqual(['SIP/2.0 400 Bad Call-ID']);
    wire.ondata(new TextEncoder().encode(invite({}, 9)).buffer);
    expect(sessions).toBe(1);
  });

  it('shows what it passes to its observer, after JsSIP handled it, and nothing it screened', () => {
    for (const { text } of ANSWERED) wire.ondata(text);
    wire.ondata(new TextEncoder().encode(invite({}, 7)).buffer);
    expect(observed).toEqual([`1 ${headLines(invite({}, 7))[0]}`]);
  });

  it('passes a good request through after many bad ones', () => {
    for (const { text } of ANSWERED) wire.ondata(text);
    wire.sent.length = 0;
    wire.ondata(invite({}, 42));
    expect(sessions).toBe(1);
  });
});
