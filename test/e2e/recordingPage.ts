// Recordings seen from the test side: the Record button and a history row's recording by role
// and name, and every recording the page stored, read straight from its IndexedDB and decoded
// by Web Audio (MediaRecorder's WebM reports no duration until seeked; decoding measures it).
import type { PhonePage } from './phonePage';

/** The fake microphone's beep is loud; silence (or a recording of nothing) is near 0. */
export const SILENT_RMS = 0.01;

export interface Decoded {
  count: number;
  mimeType: string;
  seconds: number;
  rms: number;
  bytes: number;
}

// A string, so no transpiler helper (tsx's __name) leaks into the page.
const READ_RECORDINGS = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('voispeed-web-phone');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const all = (store) =>
    new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const [infos, chunks] = await Promise.all([all('recordings'), all('recordingChunks')]);
  db.close();
  const context = new OfflineAudioContext(1, 1, 48000);
  const decoded = [];
  for (const info of infos) {
    const parts = chunks.filter((c) => c.callId === info.callId).sort((a, b) => a.seq - b.seq);
    const blob = new Blob(parts.map((c) => c.data), { type: info.mimeType });
    const audio = await context.decodeAudioData(await blob.arrayBuffer());
    const samples = audio.getChannelData(0);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    decoded.push({
      count: parts.length,
      mimeType: info.mimeType,
      seconds: audio.duration,
      rms: Math.sqrt(sum / Math.max(1, samples.length)),
      bytes: blob.size,
    });
  }
  return decoded;
})()`;

/** Every stored recording of the page's IndexedDB, its chunks joined and decoded by Web Audio. */
export function storedRecordings(phone: PhonePage): Promise<Decoded[]> {
  return phone.page.evaluate(READ_RECORDINGS) as Promise<Decoded[]>;
}

export function recordButton(phone: PhonePage, number: string) {
  return phone.call(number).getByRole('button', { name: 'Record', exact: true });
}

export function historyRecording(phone: PhonePage, number: string) {
  return phone
    .historyList()
    .getByRole('button', { name: `Recording of the call with ${number}`, exact: true });
}
