// A Phone on the fake SIP edge, with a clock the test moves and every event it emitted.
import { Phone, type PhoneEvent } from '../../src/phone/phone';
import type { CallEventName } from '../../src/phone/types';
import { ACCOUNT, FakeCall, FakeSip, facts } from './fakeSip';

export function setup() {
  const sip = new FakeSip();
  let clock = 1_000;
  const phone = new Phone(sip, {
    now: () => clock,
    isQueueCall: (f) => f.headers['x-queue'] !== undefined,
  });
  const events: PhoneEvent[] = [];
  phone.events.on((e) => events.push(e));
  const callEvents = () =>
    events.flatMap((e) => (e.type === 'call' && e.event ? [e.event] : [])) as CallEventName[];
  const tick = (ms: number) => {
    clock += ms;
  };
  const registered = () => {
    phone.register(ACCOUNT);
    sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
  };
  /** The last snapshot announced for a call. */
  const last = (callId: string) =>
    events
      .flatMap((e) => (e.type === 'call' && e.call.facts.callId === callId ? [e.call] : []))
      .at(-1);
  /** A registered phone with one answered incoming call, `a@h`. */
  const inCall = () => {
    registered();
    const a = new FakeCall(facts({ callId: 'a@h' }));
    sip.ring(a);
    phone.answer('a@h');
    a.play({ type: 'accepted' });
    a.actions.length = 0;
    return a;
  };
  return { sip, phone, events, callEvents, tick, registered, last, inCall };
}
