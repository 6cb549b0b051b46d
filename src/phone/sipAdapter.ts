// The SIP edge: the only module that imports JsSIP. It turns JsSIP's user agent into the plain
// SipPort interface and SIP messages into CallFacts, once; sipSession.ts wraps each session.
import { UA, WebSocketInterface } from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import { incomingCallFacts, outgoingCallFacts } from './callFacts';
import { registrationFailure } from './endCauses';
import { ServerClock } from './serverClock';
import type { Account, SipCall, SipPort, SipPortListener } from './sipPort';
import { callOptions, wrapSession } from './sipSession';

export class JsSipAdapter implements SipPort {
  private ua: UA | undefined;
  private account: Account | undefined;
  private readonly clock = new ServerClock();
  /** Set while this adapter makes JsSIP start a session, so newRTCSession hands it back here. */
  private claim: ((event: RTCSessionEvent) => void) | undefined;

  start(account: Account, listener: SipPortListener): void {
    this.account = account;
    const urls = [account.url, account.url2].filter((url) => url !== '');
    let sockets: { socket: WebSocketInterface; weight: number }[];
    try {
      // The first URL has the higher weight; JsSIP moves to the next one when it cannot connect.
      sockets = urls.map((url, i) => ({
        socket: new WebSocketInterface(url),
        weight: urls.length - i,
      }));
      this.ua = new UA({
        sockets,
        uri: `sip:${account.sipAddress}`,
        authorization_user: account.authorizationUser || undefined,
        password: account.password,
        display_name: account.displayName || undefined,
        register: true,
        session_timers: false,
        connection_recovery_min_interval: 1,
        connection_recovery_max_interval: 16,
        user_agent: 'VOIspeed Web Phone',
      });
    } catch {
      listener.registration({ state: 'failed', reason: 'bad-settings', url: account.url });
      return;
    }
    this.listen(this.ua, listener);
    this.ua.start();
  }

  stop(): void {
    const ua = this.ua;
    this.ua = undefined;
    if (!ua) return;
    ua.removeAllListeners();
    ua.stop();
  }

  call(target: string, ownExtension: string): SipCall {
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
      session = ua.call(`sip:${target}@${domain}`, callOptions(account));
    } finally {
      this.claim = undefined;
    }
    const facts = outgoingCallFacts({
      // session.id (Call-ID + from-tag) only if JsSIP ever stops announcing the INVITE first.
      callId: callId || session.id,
      ownExtension,
      target,
      serverClockOffsetMs: this.clock.offsetMs(),
    });
    return wrapSession(session, facts, account, this.follow);
  }

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
    return wrapSession(session, facts, account, this.follow);
  };

  private listen(ua: UA, listener: SipPortListener): void {
    let currentUrl = this.account?.url ?? '';
    const url = () => currentUrl;
    ua.on('connecting', ({ socket }) => {
      currentUrl = socket.url;
      listener.registration({ state: 'connecting', reason: '', url: currentUrl });
    });
    ua.on('disconnected', () =>
      listener.registration({ state: 'failed', reason: 'unreachable', url: url() }),
    );
    ua.on('registered', ({ response }) => {
      this.noteServerDate(response);
      listener.registration({ state: 'registered', reason: '', url: url() });
    });
    ua.on('unregistered', () =>
      listener.registration({ state: 'offline', reason: '', url: url() }),
    );
    ua.on('registrationFailed', ({ response, cause }) =>
      listener.registration({
        state: 'failed',
        reason: registrationFailure(response?.status_code, String(cause ?? '')),
        url: url(),
      }),
    );
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
      listener.incoming(wrapSession(session, facts, account, this.follow));
    });
  }

  private noteServerDate(message: { getHeader(name: string): string } | undefined): void {
    this.clock.observe(message?.getHeader('Date') || undefined, Date.now());
  }
}
