// The SIP edge: the only module that imports JsSIP. It turns JsSIP's user agent into the plain
// SipPort interface and SIP messages into CallFacts, once; sipSession.ts wraps each session.
// Every incoming message passes badRequests.ts first, which uses JsSIP's own parser.
import { UA, URI, WebSocketInterface } from 'jssip';
import { parseMessage } from 'jssip/lib/Parser';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import { createIceServerHealth } from '../media/iceServerHealth';
import type { Signalling } from '../media/mediaRecovery';
import type { CallMedia } from '../media/microphone';
import { registrationOf } from '../registration/connectionState';
import { type KeptUa, keepRegistered, type SipAnswer } from '../registration/connectionWiring';
import { REGISTER_EXPIRES_S } from '../registration/registrationTiming';
import type {
  Account,
  DialExtras,
  SipCall,
  SipPort,
  SipPortListener,
  StopOptions,
} from '../sipPort';
import { type SipReader, screenIncoming } from './badRequests';
import { incomingCallFacts, outgoingCallFacts } from './callFacts';
import type { ColleagueWatch, EventPackage, Subscription } from './colleagueWatch';
import { GuardedSocket } from './guardedSocket';
import { ServerClock } from './serverClock';
import { callOptions, wrapSession } from './sipSession';

/** Asked of the PBX for each colleague's subscriptions; JsSIP refreshes them before they end. */
const COLLEAGUE_EXPIRES_S = 600;
/** What each event package's NOTIFYs carry. */
const ACCEPT: Readonly<Record<EventPackage, string>> = {
  dialog: 'application/dialog-info+xml',
  presence: 'application/pidf+xml',
};

/** The default microphone, remote audio played nowhere, and ICE servers known to this adapter only. */
const noMedia = (): CallMedia => ({
  microphone: { constraint: () => true },
  iceServers: createIceServerHealth(),
  audio: { play: () => {}, stop: () => {} },
  connections: { add: () => {}, remove: () => {} },
});

export class JsSipAdapter implements SipPort {
  /** `media`: the page's microphone choice and call audio (createApp's); none in Node tests. */
  constructor(private readonly media: CallMedia = noMedia()) {}

  private ua: UA | undefined;
  private account: Account | undefined;
  private readonly clock = new ServerClock();
  /** Set while this adapter makes JsSIP start a session, so newRTCSession hands it back here. */
  private claim: ((event: RTCSessionEvent) => void) | undefined;
  /** Keeps the registration alive (keepalive, backoff, failover and return); see registrationKeeper. */
  private kept: ReturnType<typeof keepRegistered> | undefined;
  /** Sessions not yet ended, with their Call-IDs: the keeper never moves to another PBX under a live call. */
  private readonly live = new Map<RTCSession, string>();
  /** The sockets of the running user agent, one per PBX address. */
  private sockets: ReadonlyMap<string, GuardedSocket> = new Map();
  private listener: SipPortListener | undefined;
  private watched: readonly string[] = [];
  /** Loaded with its XML reader only once someone is watched. */
  private colleagues: ColleagueWatch | undefined;
  private colleaguesLoading = false;
  private registered = false;

  start(account: Account, listener: SipPortListener): void {
    this.account = account;
    const urls = [account.url, account.url2].filter((url) => url !== '');
    const domain = account.sipAddress.split('@')[1] ?? '';
    let sockets: Map<string, GuardedSocket>;
    let ua: UA;
    try {
      const observe = (text: string) => this.observeIncoming(text);
      sockets = new Map(urls.map((url) => [url, guardedWebSocket(url, observe)]));
      ua = new UA({
        sockets: [...sockets.values()].map((socket, i) => ({ socket, weight: urls.length - i })),
        uri: `sip:${account.sipAddress}`,
        authorization_user: account.authorizationUser || undefined,
        // A precomputed digest HA1 (MD5 of user:realm:password) replaces the password; the
        // realm must then be known, and on our PBXs it is the SIP domain.
        ...(account.passwordIsHa1
          ? { ha1: account.password.toLowerCase(), realm: domain }
          : { password: account.password }),
        display_name: account.displayName || undefined,
        register: true,
        register_expires: REGISTER_EXPIRES_S,
        session_timers: false,
        // The keeper drives reconnection (JsSIP's own never returns to the first URL and never
        // notices a half-dead socket), so JsSIP's recovery is pushed out of the way.
        connection_recovery_min_interval: 600,
        connection_recovery_max_interval: 600,
        user_agent: 'VOIspeed Web Phone',
      });
    } catch {
      listener.registration({ state: 'failed', reason: 'bad-settings', url: account.url });
      return;
    }
    this.ua = ua;
    this.sockets = sockets;
    this.listener = listener;
    this.registered = false;
    this.listen(ua, listener);
    this.colleagues?.watch(this.watched);
    this.kept = keepRegistered({
      ua: ua as unknown as KeptUa,
      sockets,
      probeTarget: new URI('sip', '', domain),
      hasLiveCalls: () => this.live.size > 0,
      onState: (state) => {
        const change = registrationOf(state);
        this.noteRegistered(change.state === 'registered');
        listener.registration({ ...change, detail: state });
      },
      onAnswer: (answer) => this.noteServerDate(answer),
      browser: typeof window === 'undefined' ? undefined : { window, document },
    });
  }

  stop({ leaveRinging = false }: StopOptions = {}): void {
    if (leaveRinging) {
      const ringing = [...this.live]
        .filter(([session]) => isRingingHere(session))
        .map(([, callId]) => callId);
      // JsSIP's stop() answers each ringing call 480; held back, the PBX goes on ringing it.
      for (const socket of this.sockets.values()) socket.withholdAnswers(ringing);
    }
    this.colleagues?.stop();
    this.registered = false;
    this.listener = undefined;
    this.kept?.dispose();
    this.kept = undefined;
    this.live.clear();
    this.sockets = new Map();
    const ua = this.ua;
    this.ua = undefined;
    if (!ua) return;
    ua.removeAllListeners();
    ua.stop();
  }

  watch(users: readonly string[]): void {
    this.watched = users;
    if (this.colleagues) this.colleagues.watch(users);
    else if (users.length > 0) this.loadColleagues();
  }

  private loadColleagues(): void {
    if (this.colleaguesLoading) return;
    this.colleaguesLoading = true;
    import('./colleagueWatch').then(
      ({ ColleagueWatch }) => {
        const colleagues = new ColleagueWatch(
          (user, eventPackage) => this.subscribeColleague(user, eventPackage),
          (change) => this.listener?.presence({ type: 'colleague', change }),
        );
        this.colleagues = colleagues;
        if (!this.ua) return;
        colleagues.watch(this.watched);
        if (this.registered) colleagues.online();
      },
      (error: unknown) => {
        this.colleaguesLoading = false;
        console.error('the colleagues code could not load', error);
      },
    );
  }

  private subscribeColleague(user: string, eventPackage: EventPackage): Subscription {
    const { ua, account } = this;
    if (!ua || !account) throw new Error('subscribe before start()');
    const domain = account.sipAddress.split('@')[1] ?? '';
    const accept = ACCEPT[eventPackage];
    return ua.subscribe(`sip:${user}@${domain}`, eventPackage, accept, {
      expires: COLLEAGUE_EXPIRES_S,
      contentType: accept,
    }) as unknown as Subscription;
  }

  /** Subscriptions start on registering and start afresh after a reconnect. */
  private noteRegistered(registered: boolean): void {
    if (registered === this.registered) return;
    this.registered = registered;
    if (registered) this.colleagues?.online();
    else this.colleagues?.offline();
  }

  call(target: string, ownExtension: string, extras: DialExtras = {}): SipCall {
    const { ua, account } = this;
    if (!ua || !account) throw new Error('call() before start()');
    const domain = account.sipAddress.split('@')[1] ?? '';
    let callId = '';
    // ua.call() emits newRTCSession synchronously with the INVITE, which carries the Call-ID.
    this.claim = ({ originator, request }) => {
      if (originator === 'local') callId = request.call_id;
    };
    let session: RTCSession;
    try {
      const extraHeaders = [...(extras.headers ?? [])];
      const uri = `sip:${target}@${extras.domain ?? domain}`;
      session = ua.call(uri, { ...callOptions(account, this.media), extraHeaders });
    } finally {
      this.claim = undefined;
    }
    // session.id (Call-ID + from-tag) only if JsSIP ever stops announcing the INVITE first.
    this.track(session, callId || session.id);
    const facts = outgoingCallFacts({
      callId: callId || session.id,
      ownExtension,
      target,
      serverClockOffsetMs: this.clock.offsetMs(),
    });
    return wrapSession(session, facts, account, this.follow, this.media, this.signalling);
  }

  /** Calls in progress follow JsSIP's socket: a re-INVITE sent without one would end the call. */
  private readonly signallingListeners = new Set<(up: boolean) => void>();
  private readonly signalling: Signalling = {
    up: () => this.ua?.isConnected() === true,
    watch: (listener) => {
      this.signallingListeners.add(listener);
      return () => this.signallingListeners.delete(listener);
    },
  };

  /** Wraps the session JsSIP starts in `start` for a transfer: a REFER followed, a Replaces taken. */
  private readonly follow = (start: () => void): SipCall | undefined => {
    const account = this.account;
    const started: { event?: RTCSessionEvent } = {};
    this.claim = (event) => {
      started.event = event;
    };
    try {
      start();
    } catch (error) {
      console.error('transfer could not be followed', error);
    } finally {
      this.claim = undefined;
    }
    if (!started.event || !account) return undefined;
    const { originator, session, request } = started.event;
    const offset = this.clock.offsetMs();
    const facts =
      originator === 'local'
        ? outgoingCallFacts({
            callId: request.call_id,
            ownExtension: account.extension,
            target: session.remote_identity.uri.toString(),
            serverClockOffsetMs: offset,
          })
        : incomingCallFacts(request.toString(), account.extension, offset);
    this.track(session, facts.callId);
    return wrapSession(session, facts, account, this.follow, this.media, this.signalling);
  };

  private listen(ua: UA, listener: SipPortListener): void {
    for (const [event, up] of [
      ['connected', true],
      ['disconnected', false],
    ] as const) {
      ua.on(event, () => {
        for (const follow of [...this.signallingListeners]) follow(up);
      });
    }
    // Registration events go to the keeper (connectionWiring.ts), which reports the state.
    // An out-of-dialog NOTIFY (JsSIP answers it 200): a voicemail server's message-summary.
    ua.on('sipEvent', ({ event, request }) => {
      if ((event as { event?: unknown } | undefined)?.event !== 'message-summary') return;
      const body = typeof request.body === 'string' ? request.body : '';
      import('../presence/messageSummary').then(({ parseMessageSummary }) => {
        const waiting = parseMessageSummary(body);
        if (waiting && this.listener === listener)
          listener.presence({ type: 'voicemail', waiting });
      }, console.error);
    });
    ua.on('newRTCSession', (event: RTCSessionEvent) => {
      const { originator, session, request } = event;
      if (this.claim) {
        this.claim(event);
        return;
      }
      if (originator === 'local') return;
      const account = this.account;
      if (!account) return;
      this.noteServerDate(request);
      const facts = incomingCallFacts(request.toString(), account.extension, this.clock.offsetMs());
      this.track(session, facts.callId);
      listener.incoming(
        wrapSession(session, facts, account, this.follow, this.media, this.signalling),
      );
    });
  }

  private track(session: RTCSession, callId: string): void {
    this.live.set(session, callId);
    this.kept?.keeper.callStarted();
    const done = () => this.live.delete(session);
    session.on('ended', done);
    session.on('failed', done);
  }

  /** Every 2xx to a REGISTER goes to the keeper: JsSIP reports only a registration's first. */
  private observeIncoming(text: string): void {
    if (!text.startsWith('SIP/2.0 2') || !REGISTER_CSEQ.test(text)) return;
    let response: ReturnType<typeof parseMessage>;
    try {
      response = parseMessage(text, undefined);
    } catch {
      return; // JsSIP's transport could not have read it either
    }
    if (response) this.kept?.registerAnswered(response);
  }

  private noteServerDate(message: Pick<SipAnswer, 'getHeader'> | undefined): void {
    this.clock.observe(message?.getHeader('Date') || undefined, Date.now());
  }
}

const REGISTER_CSEQ = /\r\nCSeq[ \t]*:[ \t]*\d+[ \t]+REGISTER[ \t]*\r\n/i;

/** An incoming call that rings and has had no answer from this phone. */
function isRingingHere(session: RTCSession): boolean {
  return session.direction === 'incoming' && session.status === session.C.STATUS_WAITING_FOR_ANSWER;
}

/** What JsSIP's own parser makes of a message; undefined where its transport would drop it. */
export const readWithJsSip: SipReader = (text) => {
  const message = parseMessage(text, undefined);
  if (!message) return undefined;
  const contentLength = message.getHeader('Content-Length');
  return {
    status: message.status_code ?? 0,
    method: message.method ?? '',
    cseqMethod: message.parseHeader('CSeq')?.method ?? '',
    uriScheme: message.ruri?.scheme ?? '',
    toTag: Boolean(message.to_tag),
    contentLength: contentLength === undefined ? undefined : Number(contentLength),
    has: (name) => message.hasHeader(name),
  };
};

/** JsSIP's WebSocket, behind a screen that answers the requests JsSIP would drop or mishandle. */
export function guardedWebSocket(url: string, observe?: (text: string) => void): GuardedSocket {
  return new GuardedSocket(
    new WebSocketInterface(url),
    (text) => screenIncoming(text, readWithJsSip),
    console.warn,
    observe,
  );
}
