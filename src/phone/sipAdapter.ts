// The SIP edge: the only module that imports JsSIP. It turns JsSIP's user agent and sessions into
// the plain SipPort interface, and SIP messages into CallFacts, once.
import { UA, WebSocketInterface } from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import { incomingCallFacts, outgoingCallFacts } from './callFacts';
import { endCause, registrationFailure } from './endCauses';
import { IceGate, wantedCandidate } from './iceGate';
import { playRemoteAudio, stopRemoteAudio } from './remoteAudio';
import { ServerClock } from './serverClock';
import type { Account, SipCall, SipCallEvent, SipPort, SipPortListener } from './sipPort';
import type { CallFacts } from './types';

export class JsSipAdapter implements SipPort {
  private ua: UA | undefined;
  private account: Account | undefined;
  private readonly clock = new ServerClock();
  private pendingOutgoingCallId = '';

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
    this.pendingOutgoingCallId = '';
    // ua.call() emits newRTCSession synchronously with the INVITE, which carries the Call-ID.
    const session = ua.call(`sip:${target}@${domain}`, {
      mediaConstraints: { audio: true, video: false },
      pcConfig: pcConfig(account),
    });
    const facts = outgoingCallFacts({
      // session.id (Call-ID + from-tag) only if JsSIP ever stops announcing the INVITE first.
      callId: this.pendingOutgoingCallId || session.id,
      ownExtension,
      target,
      serverClockOffsetMs: this.clock.offsetMs(),
    });
    return wrapSession(session, facts, account);
  }

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
    ua.on('newRTCSession', ({ originator, session, request }: RTCSessionEvent) => {
      if (originator === 'local') {
        this.pendingOutgoingCallId = request.call_id;
        return;
      }
      const account = this.account;
      if (!account) return;
      this.noteServerDate(request);
      const facts = incomingCallFacts(request.toString(), account.extension, this.clock.offsetMs());
      listener.incoming(wrapSession(session, facts, account));
    });
  }

  private noteServerDate(message: { getHeader(name: string): string } | undefined): void {
    this.clock.observe(message?.getHeader('Date') || undefined, Date.now());
  }
}

function pcConfig(account: Account): RTCConfiguration {
  return { iceServers: account.iceServers.map((urls) => ({ urls })) };
}

function wrapSession(session: RTCSession, facts: CallFacts, account: Account): SipCall {
  const listeners: ((event: SipCallEvent) => void)[] = [];
  // After JsSIP's own handling: it sends the ACK right after 'accepted' returns, and the UI,
  // history and tones must not delay that. Microtasks keep the events in order.
  const emit = (event: SipCallEvent) =>
    queueMicrotask(() => {
      for (const listener of listeners) listener(event);
    });
  let answered = false;
  let declinedByUser = false;
  boundIceGathering(session, account);
  // The remote stream arrives during setRemoteDescription, before JsSIP sends the 200 OK or the
  // ACK; it is played once that is sent (no media flows before ICE connects anyway), so opening
  // the audio device never delays signalling.
  let remote: MediaStream | undefined;
  const playRemote = () =>
    queueMicrotask(() => {
      if (remote) playRemoteAudio(facts.callId, remote);
    });
  const listenForTracks = (connection: RTCPeerConnection) =>
    connection.addEventListener('track', (event: RTCTrackEvent) => {
      remote = event.streams[0] ?? new MediaStream([event.track]);
    });
  // An outgoing session made its connection inside ua.call(), before anyone could listen for
  // 'peerconnection'; an incoming one makes it on answer.
  if (session.connection) listenForTracks(session.connection);
  else session.on('peerconnection', ({ peerconnection }) => listenForTracks(peerconnection));
  session.on('progress', ({ originator }: { originator: string }) => {
    if (originator !== 'remote') return;
    playRemote(); // early media (183 with SDP): announcements, the PBX's own ringback
    emit({ type: 'ringing' });
  });
  session.on('accepted', () => {
    answered = true;
    playRemote();
    emit({ type: 'accepted' });
  });
  const onEnd = ({ originator, cause }: { originator: string; cause: string }) => {
    stopRemoteAudio(facts.callId);
    const byRemote = originator === 'remote';
    const direction = facts.direction;
    emit({
      type: 'ended',
      cause: endCause({ direction, answered, byRemote, cause, declinedByUser }),
    });
  };
  session.on('ended', onEnd);
  session.on('failed', onEnd);
  return {
    facts,
    answer: () =>
      session.answer({
        mediaConstraints: { audio: true, video: false },
        pcConfig: pcConfig(account),
      }),
    decline: () => {
      declinedByUser = true;
      // JsSIP would answer 480; a desk phone's Decline means busy (486).
      session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
    },
    hangup: () => {
      if (!session.isEnded()) session.terminate();
    },
    onEvent: (listener) => listeners.push(listener),
  };
}

// JsSIP hands out the go-ahead with each icecandidate event; the gate decides when to use it.
function boundIceGathering(session: RTCSession, account: Account): void {
  let goAhead = () => {};
  const gate = new IceGate(
    wantedCandidate(account.iceServers),
    () => performance.now(),
    (ms, run) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    () => goAhead(),
  );
  session.on('icecandidate', ({ candidate, ready }) => {
    goAhead = ready;
    gate.candidate(candidate.type);
  });
  session.on('sdp', ({ originator }) => {
    if (originator === 'local') gate.finish();
  });
  session.on('ended', () => gate.finish());
  session.on('failed', () => gate.finish());
}
