// @vitest-environment jsdom
// Recording in the UI, by role and name: the Record toggle and its indicator on a live call, the
// automatic setting, and a history row's recording (play, download, delete after confirming).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallSnapshot, newCall } from '../../src/phone/callLine';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import type { StoredRecording } from '../../src/storage/recordings';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useRecordingStore } from '../../src/store/recordingStore';
import { CallPanel } from '../../src/ui/CallPanel';
import { HistoryAccessContext, noHistory } from '../../src/ui/HistoryAccess';
import { HistoryList } from '../../src/ui/HistoryList';
import { type RecordingActions, RecordingActionsContext } from '../../src/ui/RecordingActions';
import { RecordingSetting } from '../../src/ui/RecordingSetting';
import { facts } from '../phone/fakeSip';
import { arrayHistory } from '../storage/arrayHistory';
import { fakeSettingsActions, renderWith } from './renderApp';

const phoneInitial = usePhoneStore.getState();
const recordingInitial = useRecordingStore.getState();
beforeEach(() => {
  usePhoneStore.setState(phoneInitial, true);
  useRecordingStore.setState(recordingInitial, true);
});
afterEach(() => vi.restoreAllMocks());

const STORED: StoredRecording = {
  info: {
    callId: 'a@h',
    mimeType: 'audio/webm;codecs=opus',
    startedAt: 1_000,
    durationMs: 65_000,
    size: 2 * 1024 * 1024,
    chunks: 13,
  },
  audio: new Blob(['opus'], { type: 'audio/webm;codecs=opus' }),
};

/** `null`: nothing stored for the call. */
function fakeRecordings(stored: StoredRecording | null = STORED) {
  return {
    toggle: vi.fn(async () => undefined),
    read: vi.fn(async () => stored ?? undefined),
    remove: vi.fn(async () => undefined),
  } satisfies RecordingActions;
}

function activeCall(): CallSnapshot {
  const call = newCall(facts({ callId: 'a@h', remoteNumber: '101', remoteName: '' }), 'active', 0);
  return { ...call, answeredAt: Date.now() };
}

function showCall(recordings = fakeRecordings(), language: 'en' | 'it' = 'en') {
  renderWith(
    <RecordingActionsContext.Provider value={recordings}>
      <CallPanel call={activeCall()} />
    </RecordingActionsContext.Provider>,
    undefined,
    language,
  );
  return { recordings, panel: screen.getByRole('region', { name: /^(Call with|Chiamata con) / }) };
}

describe('the Record button', () => {
  it('asks to record the call by its Call-ID, a toggle not pressed while it does not record', async () => {
    const user = userEvent.setup();
    const { recordings, panel } = showCall();
    const record = within(panel).getByRole('button', { name: 'Record' });
    expect(record).toHaveAttribute('aria-pressed', 'false');
    expect(within(panel).queryByRole('timer', { name: 'Recording time' })).toBeNull();
    record.focus();
    await user.keyboard('{Enter}');
    expect(recordings.toggle).toHaveBeenCalledWith('a@h');
  });

  it('while recording: pressed, "Recording" said politely, and the running time as a timer', () => {
    useRecordingStore.setState({ live: { 'a@h': Date.now() - 65_000 } });
    const { panel } = showCall();
    expect(within(panel).getByRole('button', { name: 'Record' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const said = within(panel).getByText('Recording').closest('[role="status"]');
    expect(said).toHaveAttribute('aria-live', 'polite');
    expect(within(panel).getByRole('timer', { name: 'Recording time' })).toHaveTextContent('1:05');
  });

  it('once a recording of the call is stored, says so and records no second one', () => {
    useRecordingStore.setState({ saved: new Set(['a@h']) });
    const { panel } = showCall();
    expect(within(panel).getByRole('button', { name: 'Recorded' })).toBeDisabled();
    expect(within(panel).queryByRole('button', { name: 'Record' })).toBeNull();
  });

  it('speaks Italian', () => {
    useRecordingStore.setState({ live: { 'a@h': Date.now() } });
    const { panel } = showCall(fakeRecordings(), 'it');
    expect(within(panel).getByRole('button', { name: 'Registra' })).toBeInTheDocument();
    expect(within(panel).getByText('In registrazione')).toBeInTheDocument();
  });
});

describe('the automatic recording setting', () => {
  it('saves the choice as the recording part, with the privacy note as its description', async () => {
    const user = userEvent.setup();
    const settings = fakeSettingsActions();
    renderWith(<RecordingSetting />, undefined, 'en', undefined, settings);
    const box = screen.getByRole('checkbox', {
      name: 'Record every call automatically once it is answered',
    });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/not told that the call is recorded/);
    await user.click(box);
    expect(settings.save).toHaveBeenCalledWith('recording', { automatic: true });
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
  });
});

const ENTRY: HistoryEntry = {
  callId: 'a@h',
  direction: 'outgoing',
  number: '101',
  name: '',
  startedAt: new Date(2026, 11, 3, 9, 5, 7).getTime(),
  answeredAt: new Date(2026, 11, 3, 9, 5, 9).getTime(),
  endedAt: new Date(2026, 11, 3, 9, 6, 14).getTime(),
  endCause: 'hangup-local',
};

function showHistory(recordings = fakeRecordings()) {
  const created = vi.fn(() => 'blob:recording-1');
  const revoked = vi.fn();
  // jsdom has no object URLs.
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
  renderWith(
    <RecordingActionsContext.Provider value={recordings}>
      <HistoryAccessContext.Provider value={{ ...noHistory, source: arrayHistory([ENTRY]) }}>
        <HistoryList />
      </HistoryAccessContext.Provider>
    </RecordingActionsContext.Provider>,
  );
  return { recordings, created, revoked };
}

const recordingButton = () =>
  screen.findByRole('button', { name: 'Recording of the call with 101' });

describe('a history row with a recording', () => {
  it('shows nothing of recordings for a call without one', async () => {
    showHistory();
    await screen.findByRole('button', { name: /^Call 101/ });
    expect(screen.queryByRole('button', { name: /^Recording of/ })).toBeNull();
  });

  it('plays it from an object URL, revoked when the dialog closes', async () => {
    const user = userEvent.setup();
    useRecordingStore.setState({ saved: new Set(['a@h']) });
    const { recordings, created, revoked } = showHistory();
    const open = await recordingButton();
    expect(open).toHaveTextContent('Recorded');
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: /^Recording of the call with 101, / });
    await waitFor(() =>
      expect(dialog.querySelector('audio')).toHaveAttribute('src', 'blob:recording-1'),
    );
    expect(recordings.read).toHaveBeenCalledWith('a@h');
    expect(created).toHaveBeenCalledWith(STORED.audio);
    expect(within(dialog).getByText('1:05, 2.0 MB')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(revoked).toHaveBeenCalledWith('blob:recording-1');
  });

  it('downloads it under a name from date, time and number', async () => {
    const user = userEvent.setup();
    useRecordingStore.setState({ saved: new Set(['a@h']) });
    showHistory();
    await user.click(await recordingButton());
    const download = await screen.findByRole('link', { name: 'Download' });
    expect(download).toHaveAttribute('href', 'blob:recording-1');
    expect(download).toHaveAttribute('download', 'call-2026-12-03-090507-101.webm');
  });

  it('deletes it only after the confirmation; "Keep it" keeps it', async () => {
    const user = userEvent.setup();
    useRecordingStore.setState({ saved: new Set(['a@h']) });
    const { recordings } = showHistory();
    await user.click(await recordingButton());
    const dialog = screen.getByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Delete recording' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/for good/);
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(recordings.remove).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Delete recording' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete it' }));
    expect(recordings.remove).toHaveBeenCalledWith('a@h');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says so when the browser refuses to delete it, and stays open', async () => {
    const user = userEvent.setup();
    useRecordingStore.setState({ saved: new Set(['a@h']) });
    const recordings = fakeRecordings();
    recordings.remove.mockRejectedValueOnce(new DOMException('closing', 'InvalidStateError'));
    showHistory(recordings);
    await user.click(await recordingButton());
    const dialog = screen.getByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Delete recording' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete it' }));
    expect(await within(dialog).findByText(/could not be deleted: closing/)).toBeInTheDocument();
  });

  it('says a recording no longer stored is gone', async () => {
    const user = userEvent.setup();
    useRecordingStore.setState({ saved: new Set(['a@h']) });
    showHistory(fakeRecordings(null));
    await user.click(await recordingButton());
    expect(await screen.findByText('This recording is no longer stored.')).toBeInTheDocument();
  });
});
