// The local PBX (scripts/pbx.mjs + pbx/kamailio.cfg) at the SIP level, without a browser:
// registration and digest auth, newest-contact-only routing, and call failures relayed back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kamailioPath, type Pbx, startPbx } from '../../scripts/pbx.mjs';
import {
  ackFor,
  branch,
  buildSip,
  cancelFor,
  digest,
  header,
  inDialogRequest,
  invite,
  register,
  reply,
  requestOf,
  responseTo,
  SipSocket,
  tag,
  uriOf,
} from './sipWire';

let pbx: Pbx | undefined;
const sockets: SipSocket[] = [];

function started(): Pbx {
  if (!pbx) throw new Error('beforeAll did not start the PBX');
  return pbx;
}

function account(user: string) {
  const found = started().accounts.find((a) => a.user === user);
  if (!found) throw new Error(`no demo account ${user}`);
  return found;
}

async function open(): Promise<SipSocket> {
  const sock = await SipSocket.open(started().url);
  sockets.push(sock);
  return sock;
}

/** A socket registered as `user`; fails the test if registration does not succeed. */
async function registered(user: string): Promise<SipSocket> {
  const sock = await open();
  const res = await register(sock, account(user), started().domain);
  expect(res.status).toBe(200);
  return sock;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!kamailioPath())('local PBX over WebSocket', () => {
  beforeAll(async () => {
    pbx = await startPbx({ port: 0 });
  }, 15000);

  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.close()));
  });

  afterAll(async () => {
    await pbx?.stop();
  });

  it('registers 100 with the right password and stamps a Date header', async () => {
    const sock = await open();
    const res = await register(sock, account('100'), started().domain);
    expect(res.status).toBe(200);
    const date = header(res, 'date') ?? '';
    expect(date).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(5000);
    expect(header(res, 'contact')).toContain(sock.contactUser);
  });

  it('rejects a wrong password after the challenge', async () => {
    const sock = await open();
    const res = await register(sock, { user: '100', password: 'wrong' }, started().domain);
    expect([401, 403]).toContain(res.status);
  });

  it('rejects credentials of one user used to register another', async () => {
    const sock = await open();
    const domain = started().domain;
    const callId = `x${tag()}`;
    const uri = `sip:${domain}`;
    const build = (cseq: number, auth?: string) =>
      buildSip(`REGISTER ${uri} SIP/2.0`, [
        ['Via', `SIP/2.0/WS h.invalid;branch=${branch()}`],
        ['To', `<sip:101@${domain}>`],
        ['From', `<sip:101@${domain}>;tag=${tag()}`],
        ['Call-ID', callId],
        ['CSeq', `${cseq} REGISTER`],
        ['Contact', sock.contact],
        ...(auth ? [['Authorization', auth] as [string, string]] : []),
      ]);
    sock.send(build(1));
    const challenge = await sock.next(responseTo(callId, 'REGISTER'));
    const auth = digest(
      header(challenge, 'www-authenticate') ?? '',
      account('100'),
      'REGISTER',
      uri,
    );
    sock.send(build(2, auth));
    expect((await sock.next(responseTo(callId, 'REGISTER'))).status).toBe(403);
  });

  it('sends a call only to the newest registration of the callee', async () => {
    const oldTab = await registered('101');
    const newTab = await registered('101');
    const caller = await registered('100');
    const call = await invite(caller, account('100'), started().domain, '101');
    const ringing = await newTab.next(requestOf('INVITE', call.callId));
    expect(header(ringing, 'date')).toBeDefined();
    expect(ringing.uri).toContain(newTab.contactUser);
    await sleep(300);
    expect(oldTab.pending().filter((m) => m.method === 'INVITE')).toEqual([]);
    newTab.send(reply(ringing, 486, 'Busy Here', tag()));
    await newTab.next(requestOf('ACK', call.callId));
  });

  it("relays the callee's 486 to the caller", async () => {
    const callee = await registered('101');
    const caller = await registered('100');
    const domain = started().domain;
    const call = await invite(caller, account('100'), domain, '101');
    const ringing = await callee.next(requestOf('INVITE', call.callId));
    callee.send(reply(ringing, 486, 'Busy Here', tag()));
    const busy = await caller.next(responseTo(call.callId, 'INVITE'));
    expect(busy.status).toBe(486);
    expect(header(busy, 'date')).toBeDefined();
    caller.send(ackFor(call, busy, `sip:101@${domain}`));
  });

  it('routes ACK and BYE of an answered call both ways through the proxy', async () => {
    const callee = await registered('101');
    const caller = await registered('100');
    const call = await invite(caller, account('100'), started().domain, '101');
    const ringing = await callee.next(requestOf('INVITE', call.callId));
    const routeSet = ringing.headers.get('record-route') ?? [];
    expect(routeSet.length).toBeGreaterThan(0);
    const answer = reply(ringing, 200, 'OK', tag()).replace(
      'Content-Length:',
      `Contact: ${callee.contact}\r\nContent-Length:`,
    );
    callee.send(answer);
    const ok = await caller.next(responseTo(call.callId, 'INVITE'));
    expect(ok.status).toBe(200);
    const callerSide = { callId: call.callId, from: call.from, to: header(ok, 'to') ?? '' };
    // The caller's route set is the Record-Route list reversed (RFC 3261 12.1.2).
    const callerRoutes = [...(ok.headers.get('record-route') ?? [])].reverse();
    caller.send(
      inDialogRequest({
        ...callerSide,
        method: 'ACK',
        target: uriOf(header(ok, 'contact') ?? ''),
        routes: callerRoutes,
        cseq: call.cseq,
      }),
    );
    await callee.next(requestOf('ACK', call.callId));
    callee.send(
      inDialogRequest({
        method: 'BYE',
        target: uriOf(header(ringing, 'contact') ?? ''),
        routes: routeSet,
        from: callerSide.to,
        to: callerSide.from,
        callId: call.callId,
        cseq: 1,
      }),
    );
    const bye = await caller.next(requestOf('BYE', call.callId));
    caller.send(reply(bye, 200, 'OK'));
    expect((await callee.next(responseTo(call.callId, 'BYE'))).status).toBe(200);
  });

  it('cancels a ringing call at the callee', async () => {
    const callee = await registered('101');
    const caller = await registered('100');
    const domain = started().domain;
    const call = await invite(caller, account('100'), domain, '101');
    const ringing = await callee.next(requestOf('INVITE', call.callId));
    const toTag = tag();
    callee.send(reply(ringing, 180, 'Ringing', toTag));
    await caller.next(responseTo(call.callId, 'INVITE', false));
    caller.send(cancelFor(call));
    const cancel = await callee.next(requestOf('CANCEL', call.callId));
    callee.send(reply(cancel, 200, 'OK'));
    callee.send(reply(ringing, 487, 'Request Terminated', toTag));
    expect((await caller.next(responseTo(call.callId, 'CANCEL'))).status).toBe(200);
    const terminated = await caller.next(responseTo(call.callId, 'INVITE'));
    expect(terminated.status).toBe(487);
    caller.send(ackFor(call, terminated, `sip:101@${domain}`));
  });

  it('answers 480 for a known but unregistered user and 404 for an unknown one', async () => {
    const caller = await registered('100');
    const domain = started().domain;
    for (const [target, status] of [
      ['102', 480],
      ['999', 404],
    ] as const) {
      const call = await invite(caller, account('100'), domain, target);
      const res = await caller.next(responseTo(call.callId, 'INVITE'));
      expect(res.status).toBe(status);
      caller.send(ackFor(call, res, `sip:${target}@${domain}`));
    }
  });

  it('forgets a registration when its WebSocket closes', async () => {
    const gone = await registered('102');
    await gone.close();
    await sleep(200);
    const caller = await registered('100');
    const call = await invite(caller, account('100'), started().domain, '102');
    expect((await caller.next(responseTo(call.callId, 'INVITE'))).status).toBe(480);
  });
});
