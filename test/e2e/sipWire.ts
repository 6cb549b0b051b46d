// Hand-written SIP over WebSocket (RFC 7118) for testing the local PBX without a browser:
// just enough to register, place a call and answer it, with MD5 digest authentication.
import { createHash, randomBytes } from 'node:crypto';
import WebSocket from 'ws';

export interface SipMessage {
  /** Request method, or undefined for a response. */
  method?: string;
  uri?: string;
  status?: number;
  reason?: string;
  /** Header values by lower-case name, in order of appearance. */
  headers: Map<string, string[]>;
  body: string;
  raw: string;
}

export interface Account {
  user: string;
  password: string;
}

const token = () => randomBytes(6).toString('hex');
export const branch = () => `z9hG4bK${token()}`;
export const tag = () => token();

export function header(msg: SipMessage, name: string): string | undefined {
  return msg.headers.get(name.toLowerCase())?.[0];
}

export function parseSip(raw: string): SipMessage {
  const split = raw.indexOf('\r\n\r\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const body = split >= 0 ? raw.slice(split + 4) : '';
  const [start = '', ...lines] = head.split('\r\n');
  const headers = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  const status = /^SIP\/2\.0 (\d{3}) (.*)$/.exec(start);
  if (status) return { status: Number(status[1]), reason: status[2], headers, body, raw };
  const [method, uri] = start.split(' ');
  return { method, uri, headers, body, raw };
}

/** Serialises a message; Content-Length is always computed here. */
export function buildSip(startLine: string, headers: [string, string][], body = ''): string {
  const lines = headers.map(([name, value]) => `${name}: ${value}`);
  const length = Buffer.byteLength(body);
  return [startLine, ...lines, `Content-Length: ${length}`, '', body].join('\r\n');
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** Authorization value answering a WWW-/Proxy-Authenticate challenge (qop=auth or none). */
export function digest(challenge: string, account: Account, method: string, uri: string): string {
  const param = (name: string) => new RegExp(`${name}="?([^",]+)"?`).exec(challenge)?.[1] ?? '';
  const realm = param('realm');
  const nonce = param('nonce');
  const ha1 = md5(`${account.user}:${realm}:${account.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const base = `Digest username="${account.user}", realm="${realm}", nonce="${nonce}", uri="${uri}", algorithm=MD5`;
  if (!/qop="?auth/.test(challenge)) return `${base}, response="${md5(`${ha1}:${nonce}:${ha2}`)}"`;
  const cnonce = token();
  const response = md5(`${ha1}:${nonce}:00000001:${cnonce}:auth:${ha2}`);
  return `${base}, qop=auth, nc=00000001, cnonce="${cnonce}", response="${response}"`;
}

/** One SIP user agent on its own WebSocket, with a queue of received messages. */
export class SipSocket {
  readonly contactUser = `c${token()}`;
  // Like a browser: an unroutable host that only the connection itself can reach.
  readonly contact = `<sip:${this.contactUser}@${token()}.invalid;transport=ws>`;
  private readonly inbox: SipMessage[] = [];
  private waiters: Array<() => void> = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.inbox.push(parseSip(data.toString()));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static open(url: string): Promise<SipSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, 'sip');
      ws.once('open', () => resolve(new SipSocket(ws)));
      ws.once('error', reject);
    });
  }

  send(text: string): void {
    this.ws.send(text);
  }

  /** Removes and returns the first received message matching `match`, waiting if needed. */
  async next(match: (msg: SipMessage) => boolean, timeoutMs = 3000): Promise<SipMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.inbox.findIndex(match);
      if (index >= 0) return this.inbox.splice(index, 1)[0] as SipMessage;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching SIP message within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Everything received so far and not consumed by next(). */
  pending(): SipMessage[] {
    return [...this.inbox];
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}

/** Matches a final (>= 200) or any response to the request with this Call-ID and CSeq method. */
export const responseTo =
  (callId: string, method: string, final = true) =>
  (msg: SipMessage) =>
    msg.status !== undefined &&
    (!final || msg.status >= 200) &&
    header(msg, 'call-id') === callId &&
    (header(msg, 'cseq') ?? '').endsWith(` ${method}`);

export const requestOf = (method: string, callId?: string) => (msg: SipMessage) =>
  msg.method === method && (callId === undefined || header(msg, 'call-id') === callId);

/** Builds a response to `req`, echoing Via, From, To (+ tag), Call-ID and CSeq. */
export function reply(req: SipMessage, status: number, reason: string, toTag?: string): string {
  const to = header(req, 'to') ?? '';
  const vias = (req.headers.get('via') ?? []).map((via): [string, string] => ['Via', via]);
  const recordRoutes = (req.headers.get('record-route') ?? []).map((rr): [string, string] => [
    'Record-Route',
    rr,
  ]);
  return buildSip(`SIP/2.0 ${status} ${reason}`, [
    ...vias,
    ...recordRoutes,
    ['From', header(req, 'from') ?? ''],
    ['To', toTag && !to.includes(';tag=') ? `${to};tag=${toTag}` : to],
    ['Call-ID', header(req, 'call-id') ?? ''],
    ['CSeq', header(req, 'cseq') ?? ''],
  ]);
}

interface Dialog {
  callId: string;
  fromTag: string;
  cseq: number;
}

/** REGISTER, answering one challenge; returns the final response. */
export async function register(
  sock: SipSocket,
  account: Account,
  domain: string,
  expires = 600,
): Promise<SipMessage> {
  const d: Dialog = { callId: token(), fromTag: tag(), cseq: 1 };
  const uri = `sip:${domain}`;
  const build = (auth?: string) =>
    buildSip(`REGISTER ${uri} SIP/2.0`, [
      ['Via', `SIP/2.0/WS ${token()}.invalid;branch=${branch()}`],
      ['Max-Forwards', '70'],
      ['To', `<sip:${account.user}@${domain}>`],
      ['From', `<sip:${account.user}@${domain}>;tag=${d.fromTag}`],
      ['Call-ID', d.callId],
      ['CSeq', `${d.cseq++} REGISTER`],
      ['Contact', `${sock.contact};expires=${expires}`],
      ['Expires', String(expires)],
      ...(auth ? [['Authorization', auth] as [string, string]] : []),
    ]);
  sock.send(build());
  const first = await sock.next(responseTo(d.callId, 'REGISTER'));
  const challenge = header(first, 'www-authenticate');
  if (first.status !== 401 || !challenge) return first;
  sock.send(build(digest(challenge, account, 'REGISTER', uri)));
  return sock.next(responseTo(d.callId, 'REGISTER'));
}

export interface OutgoingCall {
  callId: string;
  /** The INVITE as last sent (with credentials), for CANCEL and ACK. */
  invite: string;
  via: string;
  cseq: number;
  from: string;
  to: string;
}

/** Sends an INVITE from `account` to `target`, answering the 407 challenge. */
export async function invite(
  sock: SipSocket,
  account: Account,
  domain: string,
  target: string,
): Promise<OutgoingCall> {
  const callId = token();
  const from = `"Demo ${account.user}" <sip:${account.user}@${domain}>;tag=${tag()}`;
  const to = `<sip:${target}@${domain}>`;
  const uri = `sip:${target}@${domain}`;
  const build = (cseq: number, via: string, auth?: string) =>
    buildSip(
      `INVITE ${uri} SIP/2.0`,
      [
        ['Via', via],
        ['Max-Forwards', '70'],
        ['To', to],
        ['From', from],
        ['Call-ID', callId],
        ['CSeq', `${cseq} INVITE`],
        ['Contact', sock.contact],
        ['Content-Type', 'application/sdp'],
        ...(auth ? [['Proxy-Authorization', auth] as [string, string]] : []),
      ],
      'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n',
    );
  const firstVia = `SIP/2.0/WS ${token()}.invalid;branch=${branch()}`;
  sock.send(build(1, firstVia));
  const challenged = await sock.next(responseTo(callId, 'INVITE'));
  const challenge = header(challenged, 'proxy-authenticate');
  if (challenged.status !== 407 || !challenge) {
    throw new Error(`expected 407, got ${challenged.status} ${challenged.reason}`);
  }
  sock.send(ackFor({ callId, via: firstVia, cseq: 1, from, to, invite: '' }, challenged, uri));
  const via = `SIP/2.0/WS ${token()}.invalid;branch=${branch()}`;
  const text = build(2, via, digest(challenge, account, 'INVITE', uri));
  sock.send(text);
  return { callId, invite: text, via, cseq: 2, from, to };
}

/** ACK for a non-2xx final response: same branch as the INVITE, hop by hop. */
export function ackFor(call: OutgoingCall, response: SipMessage, uri: string): string {
  return buildSip(`ACK ${uri} SIP/2.0`, [
    ['Via', call.via],
    ['Max-Forwards', '70'],
    ['To', header(response, 'to') ?? call.to],
    ['From', call.from],
    ['Call-ID', call.callId],
    ['CSeq', `${call.cseq} ACK`],
  ]);
}

/** CANCEL for a pending INVITE: same Request-URI, Via branch and CSeq number. */
export function cancelFor(call: OutgoingCall): string {
  const uri = call.invite.slice('INVITE '.length, call.invite.indexOf(' SIP/2.0'));
  return buildSip(`CANCEL ${uri} SIP/2.0`, [
    ['Via', call.via],
    ['Max-Forwards', '70'],
    ['To', call.to],
    ['From', call.from],
    ['Call-ID', call.callId],
    ['CSeq', `${call.cseq} CANCEL`],
  ]);
}

/** The URI inside a name-addr such as `"Bob" <sip:bob@host;transport=ws>;tag=1`. */
export function uriOf(nameAddr: string): string {
  return /<([^>]+)>/.exec(nameAddr)?.[1] ?? nameAddr.split(';')[0]?.trim() ?? '';
}

export interface InDialog {
  method: string;
  /** The peer's Contact URI (remote target). */
  target: string;
  /** Route set, in the order the request must carry it. */
  routes: string[];
  from: string;
  to: string;
  callId: string;
  cseq: number;
}

/** A request inside an established dialog (ACK for 2xx, BYE, re-INVITE...). */
export function inDialogRequest(d: InDialog): string {
  return buildSip(`${d.method} ${d.target} SIP/2.0`, [
    ['Via', `SIP/2.0/WS ${token()}.invalid;branch=${branch()}`],
    ['Max-Forwards', '70'],
    ...d.routes.map((route): [string, string] => ['Route', route]),
    ['From', d.from],
    ['To', d.to],
    ['Call-ID', d.callId],
    ['CSeq', `${d.cseq} ${d.method}`],
  ]);
}

/** Matches a final (>= 200) or any response to the request sent with this Via (by its branch). */
export const responseToVia =
  (via: string, final = true) =>
  (msg: SipMessage) => {
    const sentBranch = /;branch=([^;,\s]+)/i.exec(via)?.[1];
    const branch = /;branch=([^;,\s]+)/i.exec(header(msg, 'via') ?? '')?.[1];
    return msg.status !== undefined && (!final || msg.status >= 200) && branch === sentBranch;
  };

export type SipHeaders = [string, string][];

export interface EditedCall extends OutgoingCall {
  /** The PBX's own final answer to the first INVITE, when it refused it instead of challenging. */
  refused?: SipMessage;
}

/**
 * invite() with `edit` applied to the INVITE's headers first, for hostile or unusual requests.
 * Responses are matched by Via branch, so any Call-ID works; resolves once the authenticated
 * INVITE is sent.
 */
export async function inviteEdited(
  sock: SipSocket,
  account: Account,
  domain: string,
  target: string,
  edit: (headers: SipHeaders) => SipHeaders,
): Promise<EditedCall> {
  const uri = `sip:${target}@${domain}`;
  const headers = edit([
    ['Max-Forwards', '70'],
    ['To', `<sip:${target}@${domain}>`],
    ['From', `"Demo ${account.user}" <sip:${account.user}@${domain}>;tag=${tag()}`],
    ['Call-ID', token()],
    ['Contact', sock.contact],
    ['Content-Type', 'application/sdp'],
  ]);
  const value = (name: string) => headers.find(([n]) => n === name)?.[1] ?? '';
  const call = { callId: value('Call-ID'), from: value('From'), to: value('To') };
  const build = (cseq: number, via: string, auth?: string) =>
    buildSip(
      `INVITE ${uri} SIP/2.0`,
      [
        ['Via', via],
        ...headers,
        ['CSeq', `${cseq} INVITE`],
        ...(auth ? [['Proxy-Authorization', auth] as [string, string]] : []),
      ],
      'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n',
    );
  const firstVia = `SIP/2.0/WS ${token()}.invalid;branch=${branch()}`;
  sock.send(build(1, firstVia));
  const first = await sock.next(responseToVia(firstVia));
  sock.send(ackFor({ ...call, via: firstVia, cseq: 1, invite: '' }, first, uri));
  const challenge = header(first, 'proxy-authenticate');
  if (first.status !== 407 || !challenge) {
    return { ...call, via: firstVia, cseq: 1, invite: build(1, firstVia), refused: first };
  }
  const via = `SIP/2.0/WS ${token()}.invalid;branch=${branch()}`;
  const text = build(2, via, digest(challenge, account, 'INVITE', uri));
  sock.send(text);
  return { ...call, via, cseq: 2, invite: text };
}
