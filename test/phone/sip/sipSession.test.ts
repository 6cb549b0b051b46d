import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIceServerHealth } from '../../../src/phone/media/iceServerHealth';
import { createMicrophone } from '../../../src/phone/media/microphone';
import { HOLD_MAX_TRIES, HOLD_RETRY_MS } from '../../../src/phone/sip/sessionHold';
import { REFER_OUTCOME_MS } from '../../../src/phone/sip/sessionTransfer';
import { callOptions, wrapSession } from '../../../src/phone/sip/sipSession';
import type { Account, SipCall, SipCallEvent } from '../../../src/phone/sipPort';
import { FakeSession } from '../fakeSession';
import { ACCOUNT, FakeCall, facts } from '../fakeSip';
import { signallingStandIn } from '../signallingStandIn';

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function wrap(
  options: { follow?: (start: () => void) => SipCall | undefined; account?: Account } = {},
) {
  const session = new FakeSession();
  const media = {
    microphone: createMicrophone(),
    audio: { play: vi.fn(), stop: vi.fn() },
    iceServers: createIceServerHealth(),
    connections: { add: vi.fn(), remove: vi.fn() },
  };
  media.microphone.set('headset-1');
  const call = wrapSession(
    session,
    facts(),
    options.account ?? ACCOUNT,
    options.follow ?? (() => undefined),
    media,
    signallingStandIn(),
  );
  const seen: SipCallEvent[] = [];
  call.onEvent((e) => seen.push(e));
  session.fire('accepted');
  return {
    session,
    call,
    media,
    seen,
    others: () => seen.filter((e) => e.type !== 'accepted'),
  };
}

describe('call media', () => {
  it("opens the page's chosen microphone, and stops the call's audio when it ends", () => {
    const { session, media } = wrap();
    expect(callOptions(ACCOUNT, media).mediaConstraints.audio).toEqual({
      deviceId: { exact: 'headset-1' },
    });
    session.fire('ended', { originator: 'remote', cause: 'Terminated' });
    expect(media.audio.stop).toHaveBeenCalledWith(facts().callId);
  });

  it("shares the call's peer connection with the page while the call lasts", () => {
    const { session, media } = wrap();
    const connection = new EventTarget() as RTCPeerConnection;
    session.fire('peerconnection', { peerconnection: connection });
    expect(media.connections.add).toHaveBeenCalledWith(facts().callId, connection);
    session.fire('ended', { originator: 'remote', cause: 'Terminated' });
    expect(media.connections.remove).toHaveBeenCalledWith(facts().callId);
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('wrapSession: hold', () => {
  it('reports each change of either side once', async () => {
    const { session, call, others } = wrap();
    call.hold();
    call.hold();
    session.remoteHold = true;
    session.fire('hold', { originator: 'remote' });
    await flush();
    expect(others()).toEqual([
      { type: 'held', local: true, remote: false },
      { type: 'held', local: true, remote: true },
    ]);
  });

  it('waits for the re-INVITE in progress, then does what was asked last', async () => {
    const { session, call, others } = wrap();
    call.hold();
    call.resume();
    expect(session.localHold).toBe(true);
    session.finishReinvite();
    expect(session.localHold).toBe(false);
    await flush();
    expect(others().at(-1)).toEqual({ type: 'held', local: false, remote: false });
  });

  it('retries while the other side renegotiates, and gives up to the real state', async () => {
    vi.useFakeTimers();
    const { session, call, others } = wrap();
    session.ready = false;
    call.hold();
    vi.advanceTimersByTime(HOLD_RETRY_MS * 3);
    session.ready = true;
    vi.advanceTimersByTime(HOLD_RETRY_MS);
    expect(session.localHold).toBe(true);
    session.finishReinvite();
    session.ready = false;
    call.resume();
    vi.advanceTimersByTime(HOLD_RETRY_MS * (HOLD_MAX_TRIES + 1));
    expect(session.localHold).toBe(true);
    await flush();
    expect(others().at(-1)).toEqual({ type: 'held', local: true, remote: false });
  });
});

describe('wrapSession: mute and DTMF', () => {
  it('mutes through JsSIP and reports what JsSIP did', async () => {
    const { session, call, others } = wrap();
    call.mute();
    call.unmute();
    await flush();
    expect(session.asked).toEqual(['mute', 'unmute']);
    expect(others()).toEqual([
      { type: 'muted', muted: true },
      { type: 'muted', muted: false },
    ]);
  });

  it('sends only valid digits', () => {
    const { session, call } = wrap();
    for (const digits of ['123#', '', 'R', '1,2', 'x'.repeat(40)]) call.sendDtmf(digits);
    expect(session.asked).toEqual(['dtmf 123#']);
  });

  it('sends SIP INFO by default and RFC 4733 telephone-events when the account says so', () => {
    const info = wrap();
    info.call.sendDtmf('1');
    info.call.sendDtmf('2');
    expect(info.session.dtmfTransports).toEqual(['INFO', 'INFO']);
    const rtp = wrap({ account: { ...ACCOUNT, dtmf: 'rfc4733' } });
    rtp.call.sendDtmf('1');
    rtp.call.sendDtmf('#');
    expect(rtp.session.dtmfTransports).toEqual(['RFC2833', 'RFC2833']);
    expect(rtp.session.asked).toEqual(['dtmf 1', 'dtmf #']);
  });

  it('reports the digits the other side sends, and nothing else', async () => {
    const { session, others } = wrap();
    const tones: [string, unknown][] = [
      ['remote', '5'],
      ['remote', 'a'],
      ['local', '7'],
      ['remote', 'R'],
      ['remote', '12'],
      ['remote', 3],
      ['remote', undefined],
    ];
    for (const [originator, tone] of tones) session.fire('newDTMF', { originator, dtmf: { tone } });
    await flush();
    expect(others()).toEqual([
      { type: 'dtmf', digit: '5' },
      { type: 'dtmf', digit: 'A' },
    ]);
  });
});

describe('wrapSession: our transfers', () => {
  it('refers blind to sip:target@domain and ends as transferred when the target answers', async () => {
    const { session, call, others } = wrap();
    call.transfer('102');
    call.transfer('103');
    expect(session.refers.map((r) => r.target)).toEqual(['sip:102@voispeed.local']);
    const refer = session.refers[0];
    refer?.handlers.requestSucceeded();
    refer?.handlers.accepted();
    await flush();
    expect(session.asked).toEqual(['terminate']);
    expect(others()).toEqual([{ type: 'ended', cause: 'transferred' }]);
  });

  it.each([
    ['refused REFER', (h: FakeSession['refers'][number]['handlers']) => h.requestFailed()],
    [
      'failed NOTIFY',
      (h: FakeSession['refers'][number]['handlers']) => {
        h.requestSucceeded();
        h.failed();
      },
    ],
  ])('keeps the call after a %s, ending it normally later', async (_name, outcome) => {
    const { session, call, others } = wrap();
    call.transfer('102');
    const refer = session.refers[0];
    if (refer) outcome(refer.handlers);
    session.end('remote', 'Terminated');
    await flush();
    expect(others()).toEqual([
      { type: 'transfer-failed' },
      { type: 'ended', cause: 'hangup-remote' },
    ]);
  });

  it.each(['12;drop', '', 'sip:102@evil'])('refers nowhere for the target %j', async (target) => {
    const { session, call, others } = wrap();
    call.transfer(target);
    await flush();
    expect(session.refers).toEqual([]);
    expect(others()).toEqual([{ type: 'transfer-failed' }]);
  });

  it('gives up on a transferee that never reports the outcome, so the user can try again', async () => {
    vi.useFakeTimers();
    const { session, call, others } = wrap();
    call.transfer('102');
    session.refers[0]?.handlers.requestSucceeded();
    vi.advanceTimersByTime(REFER_OUTCOME_MS);
    call.transfer('103');
    await flush();
    expect(others()).toEqual([{ type: 'transfer-failed' }]);
    expect(session.refers.map((r) => r.target)).toEqual([
      'sip:102@voispeed.local',
      'sip:103@voispeed.local',
    ]);
  });

  it('reports a REFER that JsSIP cannot send', async () => {
    const { session, call, others } = wrap();
    session.referResult = false;
    call.transfer('102');
    await flush();
    expect(others()).toEqual([{ type: 'transfer-failed' }]);
  });

  it('refers with Replaces to the other call, which then ends as transferred too', async () => {
    const a = wrap();
    const b = wrap();
    a.call.attendedTransfer(b.call);
    const refer = a.session.refers[0];
    expect(refer?.target).toBe('sip:102@voispeed.local');
    expect(refer?.replaces).toBe(b.session);
    refer?.handlers.requestSucceeded();
    b.session.end('remote', 'Terminated');
    refer?.handlers.accepted();
    await flush();
    expect(a.others()).toEqual([{ type: 'ended', cause: 'transferred' }]);
    expect(b.others()).toEqual([{ type: 'ended', cause: 'transferred' }]);
  });

  it('refuses an attended transfer to a call it does not know, or to itself', async () => {
    const a = wrap();
    a.call.attendedTransfer(new FakeCall(facts()));
    a.call.attendedTransfer(a.call);
    await flush();
    expect(a.session.refers).toEqual([]);
    expect(a.others()).toEqual([{ type: 'transfer-failed' }, { type: 'transfer-failed' }]);
  });
});

describe('wrapSession: transfers by the other side', () => {
  const referEvent = (user: unknown) => ({
    request: { refer_to: { uri: { user } } },
    accept: vi.fn(),
    reject: vi.fn(),
  });

  it('follows a REFER to a dialable target, handing over to the new call', async () => {
    const next = new FakeCall(facts({ callId: 'n@h', direction: 'outgoing' }));
    const follow = vi.fn((start: () => void) => {
      start();
      return next;
    });
    const { session, others } = wrap({ follow });
    const event = referEvent('102');
    session.fire('refer', event);
    expect(event.accept).toHaveBeenCalledWith(undefined, expect.objectContaining({}));
    next.play({ type: 'accepted' });
    session.end('remote', 'Terminated');
    await flush();
    expect(others()).toEqual([
      { type: 'handover', call: next },
      { type: 'ended', cause: 'transferred' },
    ]);
  });

  it.each([['12;drop'], [undefined], [42]])('rejects a REFER to %j', (user) => {
    const follow = vi.fn();
    const { session } = wrap({ follow });
    const event = referEvent(user);
    session.fire('refer', event);
    expect(follow).not.toHaveBeenCalled();
    expect(event.reject).toHaveBeenCalled();
  });

  it('rejects a second REFER while following the first, and one JsSIP would not start', () => {
    const follow = vi.fn(() => new FakeCall(facts({ callId: 'n@h' })) as SipCall | undefined);
    const { session } = wrap({ follow });
    session.fire('refer', referEvent('102'));
    const second = referEvent('103');
    session.fire('refer', second);
    expect(second.reject).toHaveBeenCalled();
    follow.mockReturnValue(undefined);
    const other = wrap({ follow });
    const refused = referEvent('104');
    other.session.fire('refer', refused);
    expect(refused.reject).toHaveBeenCalled();
  });

  it('answers an INVITE that replaces this call; this call then ends as transferred', async () => {
    const next = new FakeCall(facts({ callId: 'r@h' }));
    const { session, others } = wrap({ follow: () => next });
    session.fire('replaces', { request: {}, accept: vi.fn(), reject: vi.fn() });
    expect(next.actions).toEqual(['answer']);
    session.terminate();
    await flush();
    expect(others()).toEqual([
      { type: 'handover', call: next },
      { type: 'ended', cause: 'transferred' },
    ]);
  });

  it('rejects a Replaces that JsSIP would not start', () => {
    const { session } = wrap();
    const event = { request: {}, accept: vi.fn(), reject: vi.fn() };
    session.fire('replaces', event);
    expect(event.reject).toHaveBeenCalled();
  });
});
