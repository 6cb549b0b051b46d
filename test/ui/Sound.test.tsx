// @vitest-environment jsdom
import { act, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RINGTONE } from '../../src/phone/media/ringtones';
import { useSoundStore } from '../../src/store/soundStore';
import { AudioChecks } from '../../src/ui/sound/AudioChecks';
import { CallSound } from '../../src/ui/sound/CallSound';
import { RingtoneSettings } from '../../src/ui/sound/RingtoneSettings';
import { type SoundActions, SoundActionsContext } from '../../src/ui/sound/SoundActions';
import { useCallQuality } from '../../src/ui/sound/useCallQuality';
import { renderWith } from './renderApp';

function connectionWith(records: object[], level?: number) {
  return {
    getStats: vi.fn(async () => new Map(records.map((r, i) => [String(i), r]))),
    getReceivers: () => [
      {
        track: { kind: 'audio' },
        getSynchronizationSources: () => (level === undefined ? [] : [{ audioLevel: level }]),
      },
    ],
  } as unknown as RTCPeerConnection;
}

const GOOD = [
  { type: 'inbound-rtp', kind: 'audio', packetsReceived: 500, packetsLost: 0, jitter: 0.004 },
  { type: 'remote-inbound-rtp', kind: 'audio', fractionLost: 0, roundTripTime: 0.012 },
];
const LOSSY = [
  { type: 'inbound-rtp', kind: 'audio', packetsReceived: 90, packetsLost: 10, jitter: 0.004 },
];

function fakeSound(connection?: RTCPeerConnection): SoundActions {
  return {
    connections: { get: () => connection },
    openMicrophone: vi.fn(async () => ({ read: () => 0.5, close: vi.fn() })),
    testRingOutput: vi.fn(async () => 'playing' as const),
    testCallOutput: vi.fn(async () => {}),
    saveRingtone: vi.fn(async (value) => ({ ok: true as const, value })),
    setOwnRingtone: vi.fn(async () => ({ ok: true as const, format: 'wav' as const })),
  };
}

const renderSound = (ui: ReactElement, sound: SoundActions) =>
  renderWith(<SoundActionsContext.Provider value={sound}>{ui}</SoundActionsContext.Provider>);

beforeEach(() => {
  useSoundStore.setState({ ringtone: DEFAULT_RINGTONE, ownFile: undefined });
});
afterEach(() => vi.unstubAllGlobals());

describe('the call card’s sound', () => {
  it('says the quality in words, with its figures, and shows the other party’s level', async () => {
    renderSound(<CallSound callId="c1" />, fakeSound(connectionWith(GOOD, 0.1)));
    const quality = screen.getByRole('img', { name: /^Call quality/ });
    expect(quality).toHaveAccessibleName('Call quality: Measuring…');
    await waitFor(() => expect(quality).toHaveAccessibleName('Call quality: Good'));
    expect(quality).toHaveTextContent('Good');
    // Settling on Good is not announced.
    expect(screen.getByRole('status', { name: 'Call quality' })).toBeEmptyDOMElement();
    expect(quality).toHaveAttribute('title', 'Loss 0.0 % · Jitter 4 ms · Round trip 12 ms');
    expect(quality.querySelector('svg')).not.toBeNull();
    const meter = screen.getByRole('meter', { name: 'Level of the other party' });
    await waitFor(() => expect(meter).toHaveAttribute('value', '67'));
  });

  it('says Poor when a tenth of the packets are lost', async () => {
    renderSound(<CallSound callId="c1" />, fakeSound(connectionWith(LOSSY)));
    const quality = screen.getByRole('img', { name: /^Call quality/ });
    await waitFor(() => expect(quality).toHaveTextContent('Poor'));
    expect(screen.getByRole('status', { name: 'Call quality' })).toHaveTextContent(
      'The call quality is poor',
    );
    expect(screen.getByText(/Loss 10\.0 %/)).toBeInTheDocument();
  });

  it('shows nothing without the app’s sound actions', () => {
    const { container } = renderWith(<CallSound callId="c1" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('stops reading the statistics when the card goes', async () => {
    const connection = connectionWith(GOOD);
    const connections = { get: () => connection };
    const { unmount } = renderHook(() => useCallQuality(connections, 'c1', 10));
    await waitFor(() => expect(connection.getStats).toHaveBeenCalledTimes(3), { interval: 5 });
    unmount();
    const reads = vi.mocked(connection.getStats).mock.calls.length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    expect(connection.getStats).toHaveBeenCalledTimes(reads);
  });
});

describe('the audio checks', () => {
  it('opens the microphone only while its test runs, with a labelled meter', async () => {
    const sound = fakeSound();
    const { unmount } = renderSound(<AudioChecks />, sound);
    const user = userEvent.setup();
    const test = screen.getByRole('button', { name: 'Test the microphone' });
    expect(test).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('meter')).toBeNull();
    await user.click(test);
    const meter = await screen.findByRole('meter', { name: 'Microphone level' });
    await waitFor(() => expect(meter).toHaveAttribute('value', '90'));
    const opened = await vi.mocked(sound.openMicrophone).mock.results[0]?.value;
    await user.click(screen.getByRole('button', { name: 'Stop the microphone test' }));
    expect(opened.close).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('meter')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Test the microphone' }));
    await screen.findByRole('meter', { name: 'Microphone level' });
    const again = await vi.mocked(sound.openMicrophone).mock.results[1]?.value;
    unmount();
    expect(again.close).toHaveBeenCalledTimes(1);
  });

  it('says why the microphone did not open', async () => {
    const sound = fakeSound();
    vi.mocked(sound.openMicrophone).mockRejectedValue(new Error('Permission denied'));
    renderSound(<AudioChecks />, sound);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Test the microphone' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The microphone could not be opened: Permission denied',
    );
  });

  it('plays a test sound on each output and says so', async () => {
    const sound = fakeSound();
    renderSound(<AudioChecks />, sound);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Test the ringtone output' }));
    expect(sound.testRingOutput).toHaveBeenCalled();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Playing a test sound on Ringtone output.',
    );
    await user.click(screen.getByRole('button', { name: 'Test the call audio output' }));
    expect(sound.testCallOutput).toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Playing a test sound on Call audio output.',
      ),
    );
  });
});

describe('the ringtone settings', () => {
  const region = () => screen.getByRole('region', { name: 'Ringtone' });

  it('saves the chosen ringtone, and the volume once the slider is let go', async () => {
    const sound = fakeSound();
    renderSound(<RingtoneSettings />, sound);
    const user = userEvent.setup();
    const choice = within(region()).getByRole('combobox', { name: 'Ringtone' });
    expect(
      within(choice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Classic',
      'Trill',
      'Chime',
      'My own file (none chosen yet: the classic ring plays)',
    ]);
    await user.selectOptions(choice, 'Chime');
    expect(sound.saveRingtone).toHaveBeenCalledWith({ ringtone: 'chime', volume: 50 });
    expect(await within(region()).findByRole('status')).toHaveTextContent('Ringtone saved.');

    const volume = within(region()).getByRole('slider', { name: 'Ring volume' });
    fireEvent.change(volume, { target: { value: '55' } });
    fireEvent.change(volume, { target: { value: '60' } });
    expect(volume).toHaveAttribute('aria-valuetext', '60 %');
    expect(sound.saveRingtone).toHaveBeenCalledTimes(1);
    fireEvent.pointerUp(volume);
    expect(sound.saveRingtone).toHaveBeenCalledTimes(2);
    expect(sound.saveRingtone).toHaveBeenLastCalledWith({ ringtone: 'classic', volume: 60 });
  });

  it('takes a good file, and refuses a bad one with a message', async () => {
    const sound = fakeSound();
    renderSound(<RingtoneSettings />, sound);
    const user = userEvent.setup();
    const input = within(region()).getByLabelText('Choose a sound file');
    const good = new File([new Uint8Array([1])], 'bell.wav', { type: 'audio/wav' });
    await user.upload(input, good);
    expect(sound.setOwnRingtone).toHaveBeenCalledWith(good);
    expect(await within(region()).findByRole('status')).toHaveTextContent(
      'Ringtone file saved: bell.wav.',
    );

    vi.mocked(sound.setOwnRingtone).mockResolvedValue({ ok: false, problem: 'not-audio' });
    await user.upload(input, new File(['<html>'], 'song.mp3', { type: 'audio/mpeg' }));
    expect(await within(region()).findByRole('alert')).toHaveTextContent(
      'That file is not a sound file this phone can play',
    );
  });

  it('names the own file in use', () => {
    useSoundStore.setState({ ownFile: { name: 'bell.wav', size: 20_480 } });
    renderSound(<RingtoneSettings />, fakeSound());
    expect(within(region()).getByText('Own file: bell.wav (20 kB)')).toBeInTheDocument();
    expect(within(region()).getByRole('option', { name: 'My own file' })).toBeInTheDocument();
  });
});
