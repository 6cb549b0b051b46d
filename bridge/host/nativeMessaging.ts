// The browser's side of the host: framed requests on stdin, framed answers on stdout. Each request
// is checked whole before anything is done with it; one that fails gets a refusal with its id,
// and the connection goes on. Answers may come out of order: each carries its request's id.
import type { Readable, Writable } from 'node:stream';
import {
  checkHostRequest,
  type FromHost,
  type HostRequest,
  problemText,
  readMessage,
} from '../protocol/messages';
import { encodeFrame, FrameReader } from './frames';

export type Handler = (request: HostRequest) => Promise<FromHost>;

export interface Connection {
  /** Sends a message the host has to say on its own (a link from the OS). */
  send: (message: FromHost) => void;
  /** Settles when the browser closes stdin, or the stream cannot be read any more. */
  closed: Promise<void>;
}

export function serveNativeMessaging(
  input: Readable,
  output: Writable,
  handle: Handler,
): Connection {
  const reader = new FrameReader();
  // A browser that went away mid-answer makes stdout fail (EPIPE); the end of stdin follows.
  output.on('error', () => {});
  const send = (message: FromHost) => {
    if (!output.writableEnded && !output.destroyed) output.write(encodeFrame(message));
  };
  // Answers still being worked on when stdin ends are sent before the host calls itself done.
  const pending = new Set<Promise<void>>();
  const closed = new Promise<void>((resolve) => {
    const stop = () => {
      input.off('data', onData);
      Promise.allSettled([...pending]).then(() => resolve());
    };
    const onData = (chunk: Buffer) => {
      for (const event of reader.push(chunk)) {
        if (event.type === 'message') {
          const answering = answer(event.value, handle, send);
          pending.add(answering);
          answering.finally(() => pending.delete(answering));
        } else {
          send({ v: 1, id: 0, type: 'refused', problem: event.problem });
          if (event.type === 'fatal') {
            input.pause();
            stop();
          }
        }
      }
    };
    input.on('data', onData);
    input.once('end', stop);
    input.once('close', stop);
    input.once('error', stop);
  });
  return { send, closed };
}

function answer(value: unknown, handle: Handler, send: (message: FromHost) => void): Promise<void> {
  const checked = readMessage(checkHostRequest, value);
  if (!checked.ok) {
    send({ v: 1, id: idOf(value), type: 'refused', problem: problemText(checked).slice(0, 500) });
    return Promise.resolve();
  }
  return handle(checked.value).then(send, (error: unknown) => {
    send({
      v: 1,
      id: checked.value.id,
      type: 'refused',
      problem: `the host failed: ${String(error).slice(0, 200)}`,
    });
  });
}

/** The id of a message that failed its check, when it had a usable one, so the sender can match. */
function idOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : 0;
}
