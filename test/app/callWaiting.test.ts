// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectPhone } from '../../src/app/connectPhone';
import { Phone } from '../../src/phone/phone';
import { usePhoneStore } from '../../src/store/phoneStore';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { phoneOutputs, recordingTones } from './fakeOutputs';

// jsdom has no Web Audio: record what the tones are asked to do instead.
const tones = recordingTones();
const { ringtone, callWaiting } = tones;

const initial = usePhoneStore.getState();

beforeEach(() => {
  usePhoneStore.setState(initial, true);
  vi.mocked(ringtone.set).mockClear();
  vi.mocked(callWaiting.set).mockClear();
});

const last = (tone: { set: (on: boolean) => void }) => vi.mocked(tone.set).mock.lastCall;

describe('a second incoming call', () => {
  it('rings softly while the first call is live, and the full ring comes back when alone', () => {
    const sip = new FakeSip();
    const phone = new Phone(sip);
    connectPhone(phone, phoneOutputs(tones));
    phone.register(ACCOUNT);
    const first = new FakeCall(facts({ callId: 'first@h' }));
    sip.ring(first);
    expect([last(ringtone), last(callWaiting)]).toEqual([[true], [false]]);
    phone.answer('first@h');
    first.play({ type: 'accepted' });
    sip.ring(new FakeCall(facts({ callId: 'second@h', remoteNumber: '102' })));
    expect([last(ringtone), last(callWaiting)]).toEqual([[false], [true]]);
    first.play({ type: 'ended', cause: 'hangup-remote' });
    expect([last(ringtone), last(callWaiting)]).toEqual([[true], [false]]);
  });
});
