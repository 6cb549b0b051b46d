// Call recording, wired: the recorder over this page's call connections and IndexedDB, started
// by the Record button or, with the setting on, when a call is answered; stopped by the button or
// the call's end. Its state goes to the recording store; a recording that stops by itself (full,
// too long, refused by the browser) says so in the notice, and the call goes on.
import type { Translate } from '../i18n';
import type { CallConnections } from '../phone/media/callConnections';
import {
  type CallRecorder,
  createCallRecorder,
  type RecordingChange,
  type RecordingEnd,
} from '../phone/media/callRecorder';
import { captureConnection } from '../phone/media/recordingMix';
import type { Phone } from '../phone/phone';
import {
  appendChunk,
  beginRecording,
  deleteRecording,
  finishRecording,
  readRecording,
  recordingInfos,
} from '../storage/recordings';
import { usePhoneStore } from '../store/phoneStore';
import { useRecordingStore } from '../store/recordingStore';
import type { RecordingActions } from '../ui/RecordingActions';

const PROBLEMS: Partial<Record<RecordingEnd, 'full' | 'tooLong' | 'storageFailed' | 'noAudio'>> = {
  full: 'full',
  'too-long': 'tooLong',
  'storage-failed': 'storageFailed',
  'no-audio': 'noAudio',
};

export interface CallRecordingEdges {
  t: Translate;
  connections: Pick<CallConnections, 'get'>;
  /** navigator.storage, where the browser has it. */
  storage?: Pick<StorageManager, 'estimate'>;
  /** The recorder to use instead of the browser's (tests). */
  recorder?: (onChange: (change: RecordingChange) => void) => CallRecorder;
}

function setSaved(callId: string, saved: boolean): void {
  useRecordingStore.setState((s) => {
    if (s.saved.has(callId) === saved) return {};
    const next = new Set(s.saved);
    if (saved) next.add(callId);
    else next.delete(callId);
    return { saved: next };
  });
}

export function startCallRecording(
  phone: Pick<Phone, 'events'>,
  { t, connections, storage, recorder: makeRecorder }: CallRecordingEdges,
): RecordingActions {
  const onChange = (change: RecordingChange) => {
    useRecordingStore.setState((s) => {
      const { [change.callId]: _, ...others } = s.live;
      return {
        live:
          change.state === 'recording' ? { ...others, [change.callId]: change.startedAt } : others,
      };
    });
    if (change.state !== 'idle') return;
    setSaved(change.callId, change.saved);
    const problem = PROBLEMS[change.end];
    if (problem) usePhoneStore.setState({ notice: t(`recording.${problem}`) });
  };
  const recorder =
    makeRecorder?.(onChange) ??
    createCallRecorder({
      capture(callId) {
        const connection = connections.get(callId);
        if (!connection) throw new Error(`no connection for ${callId}`);
        return captureConnection(connection);
      },
      store: {
        begin: beginRecording,
        append: appendChunk,
        finish: finishRecording,
        remove: deleteRecording,
        usedBytes: async () => (await recordingInfos()).reduce((sum, info) => sum + info.size, 0),
      },
      estimate: async () => storage?.estimate(),
      now: Date.now,
      onChange,
    });

  // Which calls already have a recording, for the history's rows.
  recordingInfos()
    .then((infos) => {
      useRecordingStore.setState((s) => ({
        saved: new Set([...s.saved, ...infos.map((info) => info.callId)]),
      }));
    })
    .catch((error: unknown) => console.error('the recordings could not be listed', error));

  /** Calls the automatic setting started (or tried): once per call, so Stop stays stopped. */
  const automatic = new Set<string>();
  phone.events.on((event) => {
    if (event.type !== 'call') return;
    const { call } = event;
    const callId = call.facts.callId;
    if (call.status === 'ended') {
      automatic.delete(callId);
      void recorder.stop(callId, 'call-ended');
      return;
    }
    if (
      call.status === 'active' &&
      call.answeredAt !== undefined &&
      useRecordingStore.getState().settings.automatic &&
      !automatic.has(callId)
    ) {
      automatic.add(callId);
      if (!useRecordingStore.getState().saved.has(callId)) void recorder.start(callId);
    }
  });

  return {
    toggle(callId) {
      if (useRecordingStore.getState().live[callId] !== undefined) return recorder.stop(callId);
      return recorder.start(callId);
    },
    read: readRecording,
    async remove(callId) {
      await deleteRecording(callId);
      setSaved(callId, false);
    },
  };
}
