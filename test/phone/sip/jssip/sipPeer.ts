// The scripted far side of the phone's SIP socket: the PBX's registrar (401 digest challenge,
// checked with the e2e digest helper) and keepalive answers, played by itself; everything else
// is queued for the test, which answers and sends as the PBX or the remote party.
import {
  branch,
  buildSip,
  digest,
  header,
  parseSip,
  type SipMessage,
  tag,
  uriOf,
} from '../../../e2e/sipWire';
import { settle } from './clock';
import type { Link, Listener } from './network';

export type Headers = [string, string][];
type Match = string | ((msg: SipMessage) => boolean);

export const DOMAIN = 'voispeed.local';

/** A response from the phone to `method` (by CSeq): with `status`, or else any final one. */
export const answerTo = (method: string, status?: number) => (msg: SipMessage) =>
  msg.status !== undefined &&
  (status === undefined ? msg.status >= 200 : msg.status === status) &&
  (header(msg, 'cseq') ?? '').endsWith(` ${method}`);

/** The value, or a failure naming what was missing (no non-null assertions in tests). */
export function must<T>(value: T | undefined, what = 'a message'): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}

const param = (text: string, name: string) =>
  new RegExp(`${name}="?([^",]+)"?`).exec(text)?.[1] ?? '';

export class SipPeer implements Listener {
  /** Everything the phone sent, in order. */
  readonly log: SipMessage[] = [];
  /** Whether a connection is accepted; false plays a PBX that is down. */
  up = true;
  connections = 0;
  registrar = { expires: 300, password: 'demo100' };
  /** Keepalive OPTIONS: answered with this status, or left unanswered. */
  probes: number | 'silent' = 200;
  /** In-dialog requests answered 200 by themselves (still queued for the test to look at). */
  readonly autoOk = new Set(['NOTIFY']);
  /** The phone's registered Contact URI, where calls to it go. */
  contact = '';
  /** One entry per set of credentials checked (REGISTER, or INVITE via authorized()). */
  readonly digests: boolean[] = [];
  private link: Link | undefined;
  private inbox: SipMessage[] = [];
  private readonly nonces = new Set<string>();

  constructor(readonly user = '100') {}

  accept(link: Link): boolean {
    if (!this.up) return false;
    this.link = link;
    this.connections += 1;
    return true;
  }

  received(text: string, link: Link): void {
    if (link !== this.link) return;
    const msg = parseSip(text);
    this.log.push(msg);
    if (msg.method === 'REGISTER') this.register(msg);
    else if (msg.method === 'OPTIONS') {
      if (this.probes !== 'silent') this.respond(msg, this.probes, 'Probe answered', tag());
    } else {
      this.inbox.push(msg);
      if (msg.method && this.autoOk.has(msg.method)) this.respond(msg, 200, 'OK');
    }
  }

  /** Sends raw text to the phone on the open connection. */
  send(text: string): void {
    this.link?.toPhone(text);
  }

  /** The PBX closes the connection (a restart, a proxy timeout). */
  drop(): void {
    this.link?.close();
    this.link = undefined;
  }

  /** Removes and returns the first queued message matching; throws naming what is queued. */
  take(match: Match): SipMessage {
    const test = typeof match === 'string' ? (m: SipMessage) => m.method === match : match;
    const index = this.inbox.findIndex(test);
    const found = this.inbox[index];
    if (!found) throw new Error(`not sent by the phone; queued: ${this.queued().join(', ')}`);
    this.inbox.splice(index, 1);
    return found;
  }

  async next(match: Match): Promise<SipMessage> {
    await settle();
    return this.take(match);
  }

  /** Start lines of what is queued, for failure messages and "nothing else" checks. */
  queued(): string[] {
    return this.inbox.map((m) => m.raw.split('\r\n', 1)[0] ?? '');
  }

  /** Answers `req`, echoing Via, From, To (+ `toTag`), Call-ID and CSeq. */
  respond(
    req: SipMessage,
    status: number,
    reason: string,
    toTag?: string,
    headers: Headers = [],
    body = '',
  ): void {
    const to = header(req, 'to') ?? '';
    const vias = (req.headers.get('via') ?? []).map((via): [string, string] => ['Via', via]);
    const start = `SIP/2.0 ${status} ${reason}`;
    const withTag = toTag && !to.includes(';tag=') ? `${to};tag=${toTag}` : to;
    const echoed: Headers = [
      ['From', header(req, 'from') ?? ''],
      ['To', withTag],
      ['Call-ID', header(req, 'call-id') ?? ''],
      ['CSeq', header(req, 'cseq') ?? ''],
    ];
    this.send(buildSip(start, [...vias, ...echoed, ...headers], body));
  }

  /** A 401/407 digest challenge (no qop, so the e2e helper's answer is exact). */
  challenge(req: SipMessage, status: 401 | 407 = 407): void {
    const nonce = `n${branch()}`;
    this.nonces.add(nonce);
    const name = status === 401 ? 'WWW-Authenticate' : 'Proxy-Authenticate';
    const value = `Digest realm="${DOMAIN}", nonce="${nonce}", algorithm=MD5`;
    const reason = status === 401 ? 'Unauthorized' : 'Proxy Authentication Required';
    this.respond(req, status, reason, tag(), [[name, value]]);
  }

  /** Whether `req` carries a right answer to one of our challenges; recorded in `digests`. */
  authorized(req: SipMessage, password = this.registrar.password): boolean {
    const credentials = header(req, 'authorization') ?? header(req, 'proxy-authorization');
    if (!credentials) return false;
    const nonce = param(credentials, 'nonce');
    const uri = param(credentials, 'uri');
    const challenge = `Digest realm="${DOMAIN}", nonce="${nonce}"`;
    const expected = digest(challenge, { user: this.user, password }, req.method ?? '', uri);
    const ok =
      this.nonces.has(nonce) &&
      uri === req.uri &&
      param(credentials, 'username') === this.user &&
      param(credentials, 'response') === param(expected, 'response');
    this.digests.push(ok);
    return ok;
  }

  private register(req: SipMessage): void {
    if (!header(req, 'authorization')) {
      this.challenge(req, 401);
      return;
    }
    if (!this.authorized(req)) {
      this.challenge(req, 401);
      return;
    }
    this.contact = uriOf(header(req, 'contact') ?? '');
    const { expires } = this.registrar;
    const contact: Headers = [['Contact', `<${this.contact}>;expires=${expires}`]];
    this.respond(req, 200, 'OK', tag(), contact);
  }
}
