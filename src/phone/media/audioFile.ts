// A file the user offers as a ringtone: checked by its first bytes for a real audio format (the
// name and the type the browser guesses say nothing), and its size, before anything decodes it.
// Pure; decoding (decodeAudioData) is the last check, done where there is an audio context.

/** Small enough to keep in the settings store and decode at every start without a wait. */
export const MAX_RINGTONE_BYTES = 1024 * 1024;
/** The bytes sniffAudio needs. */
export const SNIFF_BYTES = 12;

export type AudioFormat = 'mp3' | 'ogg' | 'wav' | 'webm' | 'm4a' | 'flac';

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  bytes.length >= at + text.length && [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** The format the bytes start with, or undefined: only these, as any browser decodes most. */
export function sniffAudio(bytes: Uint8Array): AudioFormat | undefined {
  if (ascii(bytes, 0, 'ID3')) return 'mp3';
  if (ascii(bytes, 0, 'OggS')) return 'ogg';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'wav';
  if (ascii(bytes, 0, 'fLaC')) return 'flac';
  if (ascii(bytes, 4, 'ftyp')) return 'm4a';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    return 'webm';
  }
  // An MPEG audio frame without a tag: 11 sync bits, then a layer that is not "reserved" (00
  // would be AAC's ADTS, which decodeAudioData may not take outside a container).
  const b1 = bytes[1] ?? 0;
  if (bytes[0] === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x06) !== 0) return 'mp3';
  return undefined;
}

export type OwnRingtoneProblem = 'empty' | 'too-big' | 'not-audio' | 'undecodable' | 'not-saved';

export type OwnRingtoneOutcome =
  | { ok: true; format: AudioFormat }
  | { ok: false; problem: OwnRingtoneProblem };

/** The checks before decoding: a size, then the first bytes. */
export function checkRingtoneFile(size: number, head: Uint8Array): OwnRingtoneOutcome {
  if (!Number.isFinite(size) || size <= 0) return { ok: false, problem: 'empty' };
  if (size > MAX_RINGTONE_BYTES) return { ok: false, problem: 'too-big' };
  const format = sniffAudio(head);
  return format ? { ok: true, format } : { ok: false, problem: 'not-audio' };
}
