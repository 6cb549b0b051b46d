import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callerText, connectCallNotifications } from '../../src/app/callNotifications';
import type { NotificationRequest } from '../../src/browser/notifications';
import { Phone } from '../../src/phone/phone';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { translator } from '../translator';

let hidden = true;
let visibilityListener: (() => void) | undefined;
let shown: NotificationRequest[] = [];
let closed: string[] = [];

beforeEach(() => {
  hidden = true;
  visibilityListener = undefined;
  shown = [];
  closed = [];
});

function setup() {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  const disconnect = connectCallNotifications(phone, {
    notify: (request) => {
      shown.push(request);
      return () => closed.push(request.tag);
    },
    isHidden: () => hidden,
    onVisibilityChange: (callback) => {
      visibilityListener = callback;
      return () => {
        visibilityListener = undefined;
      };
    },
    t: translator('en'),
  });
  phone.register(ACCOUNT);
  sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
  return { sip, phone, disconnect };
}

describe('incoming-call notifications', () => {
  it('shows who calls while the window is hidden, one per Call-ID, kept until acted on', () => {
    const { sip } = setup();
    const call = new FakeCall(facts({ callId: 'in@h', remoteName: 'Anna', remoteNumber: '201' }));
    sip.ring(call);
    call.play({ type: 'ringing' });
    expect(shown).toEqual([
      { title: 'Incoming call', body: 'Anna (201)', tag: 'in@h', requireInteraction: true },
    ]);
  });

  it('says the name found after the ring in the same notification, once', () => {
    const { sip, phone } = setup();
    sip.ring(new FakeCall(facts({ callId: 'in@h', remoteName: 'Anna', remoteNumber: '201' })));
    phone.nameCall('in@h', 'Anna Rossi');
    phone.nameCall('in@h', 'Anna Rossi');
    expect(shown.map((n) => [n.tag, n.body])).toEqual([
      ['in@h', 'Anna (201)'],
      ['in@h', 'Anna Rossi (201)'],
    ]);
    expect(closed).toEqual([]);
  });

  it('shows nothing while the window is in front', () => {
    hidden = false;
    const { sip } = setup();
    sip.ring(new FakeCall(facts({ callId: 'in@h' })));
    expect(shown).toEqual([]);
  });

  it('shows a ringing call when the window is hidden afterwards', () => {
    hidden = false;
    const { sip } = setup();
    sip.ring(new FakeCall(facts({ callId: 'in@h' })));
    hidden = true;
    visibilityListener?.();
    expect(shown.map((n) => n.tag)).toEqual(['in@h']);
  });

  it('closes the notification as soon as the call is answered', () => {
    const { sip, phone } = setup();
    sip.ring(new FakeCall(facts({ callId: 'in@h' })));
    phone.answer('in@h');
    expect(closed).toEqual(['in@h']);
  });

  it('closes the notification when the call is declined', () => {
    const { sip, phone } = setup();
    const call = new FakeCall(facts({ callId: 'in@h' }));
    sip.ring(call);
    phone.decline('in@h');
    call.play({ type: 'ended', cause: 'declined' });
    expect(closed).toEqual(['in@h']);
  });

  it('closes the notification when the caller gives up', () => {
    const { sip } = setup();
    const call = new FakeCall(facts({ callId: 'in@h' }));
    sip.ring(call);
    call.play({ type: 'ended', cause: 'missed' });
    expect(closed).toEqual(['in@h']);
  });

  it('gives each of two calls its own notification and closes only the one that ends', () => {
    const { sip } = setup();
    const first = new FakeCall(facts({ callId: 'a@h' }));
    sip.ring(first);
    sip.ring(new FakeCall(facts({ callId: 'b@h' })));
    first.play({ type: 'ended', cause: 'missed' });
    expect(shown.map((n) => n.tag)).toEqual(['a@h', 'b@h']);
    expect(closed).toEqual(['a@h']);
  });

  it('closes what it showed and stops listening when disconnected', () => {
    const { sip, disconnect } = setup();
    sip.ring(new FakeCall(facts({ callId: 'in@h' })));
    disconnect();
    expect(closed).toEqual(['in@h']);
    expect(visibilityListener).toBeUndefined();
  });

  it('shows nothing, and does not fail, without permission', () => {
    const sip = new FakeSip();
    const phone = new Phone(sip);
    const notify = vi.fn(() => undefined);
    connectCallNotifications(phone, {
      notify,
      isHidden: () => true,
      onVisibilityChange: () => () => {},
      t: translator('en'),
    });
    phone.register(ACCOUNT);
    sip.ring(new FakeCall(facts({ callId: 'in@h' })));
    expect(notify).toHaveBeenCalledTimes(1);
  });
});

describe('callerText', () => {
  const t = translator('it');
  it.each([
    ['Anna', '201', 'Anna (201)'],
    ['', '201', '201'],
    ['Anna', '', 'Anna'],
    ['', '', 'Chiamante sconosciuto'],
    ['  ', '201', '201'],
    ['Evil\u202Eman', '1;rm -rf ~', '\u2068Evil\u202Eman\u2069 (1;rm -rf ~)'],
    ['A\tB\u0007', '\u202E201', 'A B\uFFFD (\u2068\u202E201\u2069)'],
  ])('%j %j -> %j', (remoteName, remoteNumber, text) => {
    const call = { facts: facts({ remoteName, remoteNumber }) } as Parameters<typeof callerText>[0];
    expect(callerText(call, t)).toBe(text);
  });
});
