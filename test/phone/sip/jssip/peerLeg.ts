// One dialog as the far side keeps it: a call the peer places to the phone, or one it answers,
// and the requests it sends inside it (ACK, BYE, re-INVITE, REFER, NOTIFY, CANCEL).
import { branch, buildSip, header, type SipMessage, tag, uriOf } from '../../../e2e/sipWire';
import { answering, type Direction, directionOf, sdp } from './sdp';
import { DOMAIN, type Headers, type SipPeer } from './sipPeer';

const via = () => `SIP/2.0/WS pbx.invalid;branch=${branch()}`;

export class PeerLeg {
  /** Our end of the dialog: From in what we send, with our tag. */
  ours: string;
  /** The phone's end, with its tag once known. */
  theirs: string;
  /** The phone's Contact URI: the Request-URI of what we send in the dialog. */
  target: string;
  cseq = 1;
  /** Our SDP's version, raised with each new description. */
  private version = 1;
  /** The INVITE that opened the dialog, when we placed the call. */
  invite: string | undefined;
  /** Our Contact header value. */
  contact = '<sip:102@pbx.invalid;transport=ws>';

  private constructor(
    private readonly peer: SipPeer,
    readonly callId: string,
    ours: string,
    theirs: string,
    target: string,
  ) {
    this.ours = ours;
    this.theirs = theirs;
    this.target = target;
  }

  /** The peer calls the phone (at its registered Contact) from `from`. */
  static call(
    peer: SipPeer,
    options: { from?: string; name?: string; headers?: Headers; callId?: string } = {},
  ): PeerLeg {
    const from = options.from ?? '102';
    const ours = `"${options.name ?? `Demo ${from}`}" <sip:${from}@${DOMAIN}>;tag=${tag()}`;
    const callId = options.callId ?? `peer-${branch()}`;
    const leg = new PeerLeg(peer, callId, ours, `<sip:${peer.user}@${DOMAIN}>`, peer.contact);
    leg.contact = `<sip:${from}@pbx.invalid;transport=ws>`;
    leg.invite = leg.build(
      'INVITE',
      [['Contact', leg.contact], ['Content-Type', 'application/sdp'], ...(options.headers ?? [])],
      sdp(),
    );
    peer.send(leg.invite);
    return leg;
  }

  /** Our side of a call the phone placed: we answer `invite` with `toTag`. */
  static answering(peer: SipPeer, invite: SipMessage, toTag = tag()): PeerLeg {
    const ours = `${header(invite, 'to')};tag=${toTag}`;
    const target = uriOf(header(invite, 'contact') ?? '');
    const callId = header(invite, 'call-id') ?? '';
    const leg = new PeerLeg(peer, callId, ours, header(invite, 'from') ?? '', target);
    const user = /sip:([^@>]+)@/.exec(ours)?.[1] ?? 'peer';
    leg.contact = `<sip:${user}@pbx.invalid;transport=ws>`;
    leg.cseq = 0;
    return leg;
  }

  get toTag(): string {
    return /;tag=([^;]+)/.exec(this.ours)?.[1] ?? '';
  }

  /** Our answer to the phone's INVITE of this dialog: 180 without body, 200 with SDP. */
  reply(invite: SipMessage, status: number, reason: string, direction?: Direction): void {
    const contact: Headers = [['Contact', this.contact]];
    const media: Headers = direction ? [['Content-Type', 'application/sdp']] : [];
    const body = direction ? sdp(direction) : '';
    this.peer.respond(invite, status, reason, this.toTag, [...contact, ...media], body);
  }

  /** Accepts the phone's re-INVITE with 200 and the SDP answer a browser would give. */
  acceptOffer(reinvite: SipMessage): void {
    const headers: Headers = [
      ['Contact', this.contact],
      ['Content-Type', 'application/sdp'],
    ];
    const answer = sdp(answering(directionOf(reinvite.body)), this.nextVersion());
    this.peer.respond(reinvite, 200, 'OK', this.toTag, headers, answer);
  }

  /** The phone answered our INVITE: learn its tag and Contact. */
  answered(response: SipMessage): void {
    this.theirs = header(response, 'to') ?? this.theirs;
    this.target = uriOf(header(response, 'contact') ?? '') || this.target;
  }

  /** ACK for the 2xx to our INVITE (a new transaction, same CSeq number). */
  ack(): void {
    this.peer.send(this.build('ACK', [], '', this.cseq));
  }

  /** CANCEL of our pending INVITE: same Via branch and CSeq number. */
  cancel(): void {
    const invite = this.invite ?? '';
    const viaLine = /^Via: (.*)$/m.exec(invite)?.[1] ?? via();
    const to = `<sip:${this.peer.user}@${DOMAIN}>`;
    this.peer.send(
      buildSip(`CANCEL ${this.target} SIP/2.0`, [
        ['Via', viaLine],
        ['Max-Forwards', '70'],
        ['From', this.ours],
        ['To', to],
        ['Call-ID', this.callId],
        ['CSeq', `${this.cseq} CANCEL`],
      ]),
    );
  }

  /** A new request inside the dialog; returns its text. */
  request(method: string, headers: Headers = [], body = ''): string {
    this.cseq += 1;
    const text = this.build(method, headers, body);
    this.peer.send(text);
    return text;
  }

  reinvite(direction: Direction): string {
    const headers: Headers = [
      ['Contact', this.contact],
      ['Content-Type', 'application/sdp'],
    ];
    return this.request('INVITE', headers, sdp(direction, this.nextVersion()));
  }

  /** A NOTIFY about our REFER's outcome, its body a sipfrag status line. */
  notify(status: string, final = true): string {
    return this.request(
      'NOTIFY',
      [
        ['Event', 'refer'],
        ['Subscription-State', final ? 'terminated;reason=noresource' : 'active;expires=60'],
        ['Content-Type', 'message/sipfrag;version=2.0'],
        ['Contact', this.contact],
      ],
      `SIP/2.0 ${status}`,
    );
  }

  private nextVersion(): number {
    this.version += 1;
    return this.version;
  }

  private build(method: string, headers: Headers, body: string, cseq = this.cseq): string {
    return buildSip(
      `${method} ${this.target} SIP/2.0`,
      [
        ['Via', via()],
        ['Max-Forwards', '70'],
        ['From', this.ours],
        ['To', this.theirs],
        ['Call-ID', this.callId],
        ['CSeq', `${cseq} ${method}`],
        ...headers,
      ],
      body,
    );
  }
}
