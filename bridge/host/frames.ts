// Native messaging's framing: each message is a 4-byte little-endian length, then that many bytes
// of UTF-8 JSON. Pure: chunks in, events out, so partial and joined chunks are tested directly.
import { MAX_MESSAGE_CHARS } from '../protocol/messages';

/** The longest frame read; a longer one is skipped and answered with a refusal. */
export const MAX_FRAME = MAX_MESSAGE_CHARS;
/** A length past this is no browser's message: the stream is out of step, reading stops. */
export const ABSURD_FRAME = 16 * 1024 * 1024;

export type FrameEvent =
  | { type: 'message'; value: unknown }
  /** A frame that was read but is no message: the connection goes on. */
  | { type: 'bad'; problem: string }
  /** The stream cannot be read further. */
  | { type: 'fatal'; problem: string };

export class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** Bytes of an oversized frame still to drop. */
  private skipping = 0;
  private stopped = false;

  push(chunk: Buffer): FrameEvent[] {
    if (this.stopped) return [];
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const events: FrameEvent[] = [];
    for (;;) {
      if (this.skipping > 0) {
        const dropped = Math.min(this.skipping, this.buffer.length);
        this.skipping -= dropped;
        this.buffer = this.buffer.subarray(dropped);
        if (this.skipping > 0) break;
      }
      if (this.buffer.length < 4) break;
      const length = this.buffer.readUInt32LE(0);
      if (length > ABSURD_FRAME) {
        this.stopped = true;
        this.buffer = Buffer.alloc(0);
        events.push({ type: 'fatal', problem: `a frame claims ${length} bytes: reading stopped` });
        break;
      }
      if (length > MAX_FRAME) {
        this.buffer = this.buffer.subarray(4);
        this.skipping = length;
        events.push({ type: 'bad', problem: `the message is longer than ${MAX_FRAME} bytes` });
        continue;
      }
      if (this.buffer.length < 4 + length) break;
      const body = this.buffer.subarray(4, 4 + length);
      this.buffer = this.buffer.subarray(4 + length);
      events.push(decode(body));
    }
    return events;
  }
}

function decode(body: Buffer): FrameEvent {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { type: 'bad', problem: 'the message is not UTF-8' };
  }
  try {
    return { type: 'message', value: JSON.parse(text) };
  } catch {
    return { type: 'bad', problem: 'the message is not JSON' };
  }
}

/** One frame, length and body in one buffer, so it goes out in one write. */
export function encodeFrame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const frame = Buffer.alloc(4 + body.length);
  frame.writeUInt32LE(body.length, 0);
  body.copy(frame, 4);
  return frame;
}
