// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectPhone, ENDED_CALL_VISIBLE_MS } from '../../src/app/connectPhone';
import { Phone } from '../../src/phone/phone';
import { historySettled, recentHistory } from '../../src/storage/history';
import { usePhoneStore } from '../../src/store/phoneStore';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { freshDatabase } from '../storage/freshDatabase';
import { phoneOutputs, recordingTones } from './fakeOutputs';

// jsdom has no Web Audio: record what the tones are asked to do instead.
const tones = recordingTones();
const { ringtone, ringback } = tones;

const initial = usePhoneStore.getState();

beforeEach(async () => {
  usePhoneStore.setState(initial, true);
  vi.mocked(ringtone.set).mockClear();
  vi.mocked(ringback.set).mockClear();
  await freshDatabase();
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  const disconnect = connectPhone(phone, phoneOutputs(tones));
  phone.register(ACCOUNT);
  sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
  return { sip, phone, disconnect };
}

describe('connectPhone', () => {
  it('shows registration changes, down to offline after unregister', () => {
    const { phone } = setup();
    expect(usePhoneStore.getState().registration).toEqual({
      state: 'registered',
      reason: '',
      url: ACCOUNT.url,
    });
    phone.unregister();
    expect(usePhoneStore.getState().registration).toEqual({
      state: 'offline',
      reason: '',
      url: '',
    });
  });

  it('rings while a call is incoming, and keeps the call in history as it goes', async () => {
    const { sip, phone } = setup();
    const call = new FakeCall(facts({ callId: 'in@h' }));
    sip.ring(call);
    expect(vi.mocked(ringtone.set).mock.lastCall).toEqual([true]);
    expect(usePhoneStore.getState().calls.map((c) => c.status)).toEqual(['incoming']);
    phone.answer('in@h');
    expect(vi.mocked(ringtone.set).mock.lastCall).toEqual([false]);
    call.play({ type: 'accepted' });
    call.play({ type: 'ended', cause: 'hangup-remote' });
    await historySettled();
    const [entry] = await recentHistory(5);
    expect(entry).toMatchObject({
      callId: 'in@h',
      direction: 'incoming',
      endCause: 'hangup-remote',
    });
    expect(entry).not.toHaveProperty('live');
    expect(usePhoneStore.getState().history).toEqual([entry]);
  });

  it('plays ringback only while our one call rings at the far end', () => {
    const { sip, phone } = setup();
    phone.dial('101');
    const call = sip.placed[0] as FakeCall;
    call.play({ type: 'ringing' });
    expect(vi.mocked(ringback.set).mock.lastCall).toEqual([true]);
    sip.ring(new FakeCall(facts({ callId: 'second@h' })));
    expect(vi.mocked(ringback.set).mock.lastCall).toEqual([false]);
  });

  it('keeps an ended call on screen for a moment, then drops it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { sip, phone } = setup();
    phone.dial('101');
    (sip.placed[0] as FakeCall).play({ type: 'ended', cause: 'busy' });
    expect(usePhoneStore.getState().calls.map((c) => c.endCause)).toEqual(['busy']);
    vi.advanceTimersByTime(ENDED_CALL_VISIBLE_MS);
    expect(usePhoneStore.getState().calls).toEqual([]);
  });

  it('writes one history entry per change the history keeps, not per status', async () => {
    const { sip, phone } = setup();
    phone.dial('101');
    const call = sip.placed[0] as FakeCall;
    call.play({ type: 'ringing' });
    call.play({ type: 'ended', cause: 'busy' });
    await historySettled();
    const entries = await recentHistory(5);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      direction: 'outgoing',
      number: '101',
      endCause: 'busy',
    });
    expect(entries[0]).not.toHaveProperty('live');
  });
});
