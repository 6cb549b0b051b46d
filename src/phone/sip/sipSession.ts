// One JsSIP call as a SipCall: media, hold, mute, DTMF and transfers, reported as plain events.
// sipAdapter.ts hands each session in; this file sees it only through JsSipSession.

import { DTMF_TRANSPORT } from 'jssip/lib/Constants';
import { DEFAULT_RECONNECT_LIMIT_S } from '../account';
import { toDialString } from '../dialString';
import { isDtmf, isDtmfDigit } from '../dtmf';
import type { DtmfMethod } from '../dtmfMethod';
import { heldMedia } from '../media/heldMedia';
import { IceGate } from '../media/iceGate';
import type { IceServerHealth } from '../media/iceServerHealth';
import { rtcIceServer } from '../media/iceServers';
import { recoverMedia, type Signalling } from '../media/mediaRecovery';
import type { CallMedia } from '../media/microphone';
import type { Account, SipCall, SipCallEvent } from '../sipPort';
import type { CallFacts } from '../types';
import { endCause } from './endCauses';
import type { CallOptions, JsSipSession } from './jsSipSession';
import { localHold } from './sessionHold';
import { type Follow, type Leg, sendRefer, takeTransfers } from './sessionTransfer';

export type { Follow } from './sessionTransfer';

// DTMF goes as SIP INFO (application/dtmf-relay) unless the account asks for RFC 4733. The PBX
// only proxies SIP and the media flows end to end between the browsers, encrypted, so INFO is the
// one way the PBX (and an IVR or recorder behind it) sees the digits, and an INFO reaches the other
// JsSIP phone as 'newDTMF', so it can show them. Some PBXs (Asterisk's WebRTC endpoints) and IVRs
// read only telephone-events in RTP: for them, RFC 4733 through RTCDTMFSender. WebRTC has no API
// to receive telephone-events, so digits sent to us that way are never shown.
const DTMF_TIMING = { duration: 100, interToneGap: 70 };

/** A fresh object each time: JsSIP writes into the options it is given. */
function dtmfOptions(method: DtmfMethod | undefined) {
  const rfc4733 = method === 'rfc4733';
  return { ...DTMF_TIMING, transportType: rfc4733 ? DTMF_TRANSPORT.RFC2833 : DTMF_TRANSPORT.INFO };
}

/** The legs of live calls, for attended transfer: the REFER names the other call's dialog. */
const legs = new WeakMap<SipCall, Leg>();

export function callOptions(account: Account, media: CallMedia): CallOptions {
  // checkAccount let only servers through that the browser takes.
  const iceServers = account.iceServers.flatMap((url) => rtcIceServer(url) ?? []);
  return {
    mediaConstraints: { audio: media.microphone.constraint(), video: false },
    pcConfig: { iceServers, ...(account.relayOnly ? { iceTransportPolicy: 'relay' } : {}) },
  };
}

export function wrapSession(
  session: JsSipSession,
  facts: CallFacts,
  account: Account,
  follow: Follow,
  media: CallMedia,
  /** The signalling connection, up or down. */
  signalling: Signalling,
): SipCall {
  const listeners: ((event: SipCallEvent) => void)[] = [];
  // After JsSIP's own handling: it sends the ACK right after 'accepted' returns, and the UI,
  // history and tones must not delay that. Microtasks keep the events in order.
  const emit = (event: SipCallEvent) =>
    queueMicrotask(() => {
      for (const listener of listeners) listener(event);
    });
  const leg: Leg = { session, transferred: false, referring: false, following: false };
  let answered = false;
  let declinedByUser = false;
  boundIceGathering(session, account, media.iceServers);
  playWhenConnected(session, facts.callId, media.audio);
  shareConnection(session, facts.callId, media.connections);
  const reconnecting = recoverMedia(session, {
    direction: facts.direction,
    limitMs: (account.reconnectLimit ?? DEFAULT_RECONNECT_LIMIT_S) * 1000,
    signalling,
    onChange: (on) => emit({ type: 'reconnecting', reconnecting: on }),
  });
  session.on('progress', ({ originator }) => {
    if (originator === 'remote') emit({ type: 'ringing' });
  });
  session.on('accepted', () => {
    answered = true;
    emit({ type: 'accepted' });
  });
  let lastHold = '';
  const reportHold = () => {
    const held = { local: hold.wanted, remote: session.isOnHold().remote };
    const key = `${held.local}/${held.remote}`;
    if (key === lastHold) return;
    lastHold = key;
    emit({ type: 'held', ...held });
  };
  const hold = localHold(session, reportHold);
  const silenceWhileHeld = heldMedia(session);
  const onHoldChange = () => {
    silenceWhileHeld();
    reportHold();
  };
  session.on('hold', onHoldChange);
  session.on('unhold', onHoldChange);
  session.on('muted', () => emit({ type: 'muted', muted: true }));
  session.on('unmuted', () => emit({ type: 'muted', muted: false }));
  session.on('newDTMF', ({ originator, dtmf }) => {
    const digit = typeof dtmf?.tone === 'string' ? dtmf.tone.toUpperCase() : '';
    if (originator === 'remote' && isDtmfDigit(digit)) emit({ type: 'dtmf', digit });
  });
  takeTransfers(leg, follow, callOptions(account, media), emit);
  const onEnd = ({ originator, cause }: { originator: string; cause: string }) => {
    hold.stop();
    media.audio.stop(facts.callId);
    media.connections.remove(facts.callId);
    const byRemote = originator === 'remote';
    const direction = facts.direction;
    // Ended while looking for a way back, by anything but a hang-up (the limit, a failed
    // restart): the connection was lost, whatever JsSIP calls it.
    const lost = reconnecting() && cause !== 'Terminated';
    emit({
      type: 'ended',
      cause: leg.transferred
        ? 'transferred'
        : lost
          ? 'connection-lost'
          : endCause({ direction, answered, byRemote, cause, declinedByUser }),
    });
  };
  session.on('ended', onEnd);
  session.on('failed', onEnd);
  const domain = account.sipAddress.split('@')[1] ?? '';
  const call: SipCall = {
    facts,
    answer: () => session.answer(callOptions(account, media)),
    decline: () => {
      declinedByUser = true;
      // JsSIP would answer 480; a desk phone's Decline means busy (486).
      session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
    },
    hangup: () => {
      if (!session.isEnded()) session.terminate();
    },
    hold: () => {
      hold.set(true);
      reportHold();
    },
    resume: () => {
      hold.set(false);
      reportHold();
    },
    // JsSIP mutes by disabling the microphone track; before media exists it has none to disable.
    mute: () => attempt('mute failed', () => session.mute({ audio: true })),
    unmute: () => attempt('unmute failed', () => session.unmute({ audio: true })),
    sendDtmf: (digits) => {
      if (isDtmf(digits))
        attempt('DTMF failed', () => session.sendDTMF(digits, dtmfOptions(account.dtmf)));
    },
    transfer: (target) => {
      if (toDialString(target) === target && domain !== '') {
        sendRefer(leg, `sip:${target}@${domain}`, undefined, emit);
      } else {
        emit({ type: 'transfer-failed' });
      }
    },
    attendedTransfer: (other) => {
      const otherLeg = legs.get(other);
      if (otherLeg && otherLeg !== leg && !otherLeg.session.isEnded()) {
        sendRefer(leg, otherLeg.session.remote_identity.uri.toString(), otherLeg, emit);
      } else {
        emit({ type: 'transfer-failed' });
      }
    },
    onEvent: (listener) => listeners.push(listener),
  };
  legs.set(call, leg);
  return call;
}

function attempt(what: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    console.error(what, error);
  }
}

// The remote stream arrives during setRemoteDescription, before JsSIP sends the 200 OK or the
// ACK; it is played once that is sent (no media flows before ICE connects anyway), so opening
// the audio device never delays signalling.
function playWhenConnected(session: JsSipSession, callId: string, audio: CallMedia['audio']): void {
  let remote: MediaStream | undefined;
  const play = () =>
    queueMicrotask(() => {
      if (remote) audio.play(callId, remote);
    });
  const listenForTracks = (connection: RTCPeerConnection) =>
    connection.addEventListener('track', (event: RTCTrackEvent) => {
      remote = event.streams[0] ?? new MediaStream([event.track]);
    });
  // An outgoing session made its connection inside ua.call(), before anyone could listen for
  // 'peerconnection'; an incoming one makes it on answer.
  if (session.connection) listenForTracks(session.connection);
  else session.on('peerconnection', ({ peerconnection }) => listenForTracks(peerconnection));
  session.on('progress', ({ originator }) => {
    // Early media (183 with SDP): announcements, the PBX's own ringback.
    if (originator === 'remote') play();
  });
  session.on('accepted', play);
}

// An outgoing session has its connection from ua.call(); an incoming one makes it on answer.
function shareConnection(
  session: JsSipSession,
  callId: string,
  connections: CallMedia['connections'],
): void {
  if (session.connection) connections.add(callId, session.connection);
  else
    session.on('peerconnection', ({ peerconnection }) => connections.add(callId, peerconnection));
}

// JsSIP hands out the go-ahead with each icecandidate event; the gate decides when to use it.
// Servers that stayed silent on an earlier call are not waited for (iceServerHealth.ts); every
// candidate the connection gathers, even after the go-ahead, tells whether they answer again.
function boundIceGathering(session: JsSipSession, account: Account, health: IceServerHealth): void {
  const servers = account.iceServers;
  let goAhead = () => {};
  const gate = new IceGate(
    health.wanted(servers),
    () => performance.now(),
    (ms, run) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    () => goAhead(),
    () => health.silent(servers),
  );
  const listen = (connection: RTCPeerConnection) =>
    connection.addEventListener('icecandidate', (event: RTCPeerConnectionIceEvent) =>
      health.heard(servers, event.candidate?.type),
    );
  if (session.connection) listen(session.connection);
  else session.on('peerconnection', ({ peerconnection }) => listen(peerconnection));
  session.on('icecandidate', ({ candidate, ready }) => {
    goAhead = ready;
    // Firefox's end-of-candidates marker: an RTCIceCandidate whose candidate line is empty.
    if (candidate.candidate === '') gate.gatheringEnded();
    else gate.candidate(candidate.type);
  });
  session.on('sdp', ({ originator }) => {
    if (originator === 'local') gate.finish();
  });
  session.on('ended', () => gate.finish());
  session.on('failed', () => gate.finish());
}
