import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSound, OWN_RINGTONE_KEY } from '../../src/app/sound';
import type { RingtoneSettings } from '../../src/phone/media/ringtones';
import { beepWav } from '../../src/phone/media/wav';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useSoundStore } from '../../src/store/soundStore';

const BUFFER = { duration: 0.6 } as AudioBuffer;

function setUp(stored?: unknown) {
  const kept = new Map<string, unknown>(stored === undefined ? [] : [[OWN_RINGTONE_KEY, stored]]);
  const ringtone = {
    set: vi.fn(),
    setSound: vi.fn(),
    preview: vi.fn(),
    decode: vi.fn(async (_data: ArrayBuffer) => BUFFER),
  };
  const save = vi.fn(async (value: RingtoneSettings) => {
    useSoundStore.setState({ ringtone: value });
    return { ok: true as const, value };
  });
  const storage = {
    load: vi.fn(async (key: string) => kept.get(key)),
    save: vi.fn(async (key: string, value: unknown) => {
      kept.set(key, value);
      return { ok: true as const };
    }),
  };
  const sound = createSound({
    tones: { ringtone },
    audio: { playSample: vi.fn(async () => {}) },
    connections: { get: () => undefined },
    save,
    storage,
  });
  return { sound, ringtone, save, storage, kept };
}

const wavFile = () => new File([beepWav()], 'beep.wav', { type: 'audio/wav' });

beforeEach(() => {
  useSoundStore.setState({ ringtone: { ringtone: 'classic', volume: 50 }, ownFile: undefined });
  usePhoneStore.setState({ calls: [] });
});

describe('the ring as chosen', () => {
  it('follows the store: a new choice or volume is heard at once', async () => {
    const { sound, ringtone } = setUp();
    await sound.start();
    expect(ringtone.setSound).toHaveBeenLastCalledWith({ ringtone: 'classic', volume: 50 });
    useSoundStore.setState({ ringtone: { ringtone: 'chime', volume: 80 } });
    expect(ringtone.setSound).toHaveBeenLastCalledWith({ ringtone: 'chime', volume: 80 });
  });

  it('decodes a stored file only once it is the ring', async () => {
    const { sound, ringtone } = setUp(wavFile());
    await sound.start();
    expect(useSoundStore.getState().ownFile).toEqual({ name: 'beep.wav', size: wavFile().size });
    expect(ringtone.decode).not.toHaveBeenCalled();
    useSoundStore.setState({ ringtone: { ringtone: 'own', volume: 50 } });
    await vi.waitFor(() =>
      expect(ringtone.setSound).toHaveBeenLastCalledWith({
        ringtone: 'own',
        volume: 50,
        own: BUFFER,
      }),
    );
    expect(ringtone.decode).toHaveBeenCalledTimes(1);
  });

  it('forgets a stored record that is no sound (damaged, hostile)', async () => {
    const { sound, ringtone } = setUp(new Blob(['<script>alert(1)</script>']));
    useSoundStore.setState({ ringtone: { ringtone: 'own', volume: 50 } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await sound.start();
    await vi.waitFor(() => expect(useSoundStore.getState().ownFile).toBeUndefined());
    expect(ringtone.decode).not.toHaveBeenCalled();
    expect(ringtone.setSound).toHaveBeenLastCalledWith({ ringtone: 'own', volume: 50 });
  });
});

describe('an own ringtone file', () => {
  it('is checked, decoded, stored under its own key and chosen', async () => {
    const { sound, ringtone, kept, save } = setUp();
    await sound.start();
    const file = wavFile();
    expect(await sound.setOwnRingtone(file)).toEqual({ ok: true, format: 'wav' });
    expect(kept.get(OWN_RINGTONE_KEY)).toBe(file);
    expect(save).toHaveBeenCalledWith({ ringtone: 'own', volume: 50 });
    expect(ringtone.setSound).toHaveBeenLastCalledWith({
      ringtone: 'own',
      volume: 50,
      own: BUFFER,
    });
  });

  it.each([
    ['not audio', new File(['<html>'], 'song.mp3', { type: 'audio/mpeg' }), 'not-audio'],
    ['empty', new File([], 'empty.wav'), 'empty'],
    ['too big', new File([beepWav(), new Uint8Array(1024 * 1024)], 'long.wav'), 'too-big'],
  ])('refuses a file that is %s and changes nothing', async (_name, file, problem) => {
    const { sound, ringtone, storage, save } = setUp();
    await sound.start();
    expect(await sound.setOwnRingtone(file)).toEqual({ ok: false, problem });
    expect(ringtone.decode).not.toHaveBeenCalled();
    expect(storage.save).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expect(useSoundStore.getState().ownFile).toBeUndefined();
  });

  it('refuses a file with an audio header that does not decode', async () => {
    const { sound, ringtone, storage } = setUp();
    ringtone.decode.mockRejectedValue(new DOMException('Unable to decode', 'EncodingError'));
    await sound.start();
    expect(await sound.setOwnRingtone(wavFile())).toEqual({ ok: false, problem: 'undecodable' });
    expect(storage.save).not.toHaveBeenCalled();
  });

  it('says when the browser could not store it, and keeps the ring as it was', async () => {
    const { sound, storage, save } = setUp();
    storage.save.mockResolvedValue({ ok: false, reason: 'QuotaExceededError' } as never);
    await sound.start();
    expect(await sound.setOwnRingtone(wavFile())).toEqual({ ok: false, problem: 'not-saved' });
    expect(save).not.toHaveBeenCalled();
    expect(useSoundStore.getState().ownFile).toBeUndefined();
  });
});

describe('the ring test', () => {
  it('rings as a sample, but not over a call that is ringing', async () => {
    const { sound, ringtone } = setUp();
    expect(await sound.testRingOutput()).toBe('playing');
    expect(ringtone.preview).toHaveBeenCalledTimes(1);
    usePhoneStore.setState({ calls: [{ status: 'incoming' } as never] });
    expect(await sound.testRingOutput()).toBe('ringing');
    expect(ringtone.preview).toHaveBeenCalledTimes(1);
  });
});
