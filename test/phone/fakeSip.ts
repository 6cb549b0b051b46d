// A fake SIP edge for Phone tests: records what Phone asks and lets the test play the network.
import type {
  Account,
  SipCall,
  SipCallEvent,
  SipPort,
  SipPortListener,
} from '../../src/phone/sipPort';
import type { CallFacts } from '../../src/phone/types';

export class FakeCall implements SipCall {
  readonly actions: string[] = [];
  private readonly listeners: ((event: SipCallEvent) => void)[] = [];
  constructor(readonly facts: CallFacts) {}
  answer() {
    this.actions.push('answer');
  }
  decline() {
    this.actions.push('decline');
  }
  hangup() {
    this.actions.push('hangup');
  }
  hold() {
    this.actions.push('hold');
  }
  resume() {
    this.actions.push('resume');
  }
  mute() {
    this.actions.push('mute');
  }
  unmute() {
    this.actions.push('unmute');
  }
  sendDtmf(digits: string) {
    this.actions.push(`dtmf ${digits}`);
  }
  transfer(target: string) {
    this.actions.push(`transfer ${target}`);
  }
  attendedTransfer(other: SipCall) {
    this.actions.push(`attended transfer to ${other.facts.callId}`);
  }
  onEvent(listener: (event: SipCallEvent) => void) {
    this.listeners.push(listener);
  }
  play(event: SipCallEvent) {
    for (const listener of this.listeners) listener(event);
  }
}

export function facts(overrides: Partial<CallFacts> = {}): CallFacts {
  return {
    callId: 'call-1@host',
    direction: 'incoming',
    ownExtension: '101',
    remoteNumber: '100',
    remoteName: 'Demo 100',
    ownDirectNumber: '101',
    originalCaller: '100',
    originalCalled: '101',
    forwarded: false,
    serverClockOffsetMs: 0,
    headers: {},
    ...overrides,
  };
}

export class FakeSip implements SipPort {
  listener: SipPortListener | undefined;
  account: Account | undefined;
  readonly placed: FakeCall[] = [];
  started = 0;
  stopped = 0;
  watched: readonly string[] = [];
  start(account: Account, listener: SipPortListener) {
    this.started += 1;
    this.account = account;
    this.listener = listener;
  }
  stop() {
    this.stopped += 1;
  }
  call(target: string, ownExtension: string): SipCall {
    const call = new FakeCall(
      facts({
        callId: `out-${this.placed.length + 1}@host`,
        direction: 'outgoing',
        ownExtension,
        remoteNumber: target,
        remoteName: '',
        ownDirectNumber: '',
        originalCaller: ownExtension,
        originalCalled: target,
      }),
    );
    this.placed.push(call);
    return call;
  }
  watch(users: readonly string[]) {
    this.watched = users;
  }
  ring(call: FakeCall) {
    this.listener?.incoming(call);
  }
}

export const ACCOUNT: Account = {
  sipAddress: '100@voispeed.local',
  authorizationUser: '',
  password: 'demo100',
  extension: '100',
  displayName: 'Demo 100',
  url: 'ws://127.0.0.1:5066',
  url2: '',
  iceServers: [],
};
