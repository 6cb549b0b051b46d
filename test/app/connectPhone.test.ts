// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectPhone, ENDED_CALL_VISIBLE_MS } from '../../src/app/connectPhone';
import { createCallStamps } from '../../src/browser/callStamps';
import { Phone } from '../../src/phone/phone';
import { recentHistory } from '../../src/storage/history';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { createHistoryWriter } from '../../src/storage/historyWriter';
import { usePhoneStore } from '../../src/store/phoneStore';
import { ACCOUNT, FakeCall, FakeSip, facts } from '../phone/fakeSip';
import { freshDatabase } from '../storage/freshDatabase';
import { phoneOutputs, recordingTones } from './fakeOutputs';

// jsdom has no Web Audio: record what the tones are asked to do instead.
const tones = recordingTones();
const { ringtone, ringback } = tones;

const initial = usePhoneStore.getState();
// The history writer over IndexedDB that each test's phone writes through, made anew per test.
let writer = createHistoryWriter();

beforeEach(async () => {
  usePhoneStore.setState(initial, true);
  vi.mocked(ringtone.set).mockClear();
  vi.mocked(ringback.set).mockClear();
  await freshDatabase(writer);
  writer = createHistoryWriter();
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const sip = new FakeSip();
  const phone = new Phone(sip);
  const disconnect = connectPhone(phone, phoneOutputs(tones, writer));
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
    await writer.settled();
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
    await writer.settled();
    const entries = await recentHistory(5);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      direction: 'outgoing',
      number: '101',
      endCause: 'busy',
    });
    expect(entries[0]).not.toHaveProperty('live');
  });

  it('forgets the stamp of an ended call only once its writer has stored the end', async () => {
    let landEnd = () => {};
    const history = {
      save: vi.fn((entry: HistoryEntry) =>
        entry.endedAt === undefined
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              landEnd = resolve;
            }),
      ),
    };
    const stamps = createCallStamps(null);
    const forget = vi.spyOn(stamps, 'forget');
    const sip = new FakeSip();
    const phone = new Phone(sip);
    connectPhone(phone, { tones, stamps, history });
    phone.register(ACCOUNT);
    const call = new FakeCall(facts({ callId: 'in@h' }));
    sip.ring(call);
    call.play({ type: 'ended', cause: 'hangup-remote' });
    await Promise.resolve();
    expect(history.save.mock.lastCall?.[0]).toMatchObject({
      callId: 'in@h',
      endedAt: expect.any(Number),
    });
    expect(forget).not.toHaveBeenCalled();
    landEnd();
    await vi.waitFor(() => expect(forget).toHaveBeenCalledWith('in@h'));
  });
});
