// BroadcastChannel for tests: every message is structured-cloned and delivered, in a later
// microtask, to the other open channels of the same name, never to the sender.
import type { MessagePipe, PipeFactory } from '../../src/browser/linkChannel';

interface FakePipe extends MessagePipe {
  name: string;
  listeners: ((event: { data: unknown }) => void)[];
  open: boolean;
}

export function fakeChannelHub() {
  const pipes: FakePipe[] = [];
  /** Everything posted, by any window, in order. */
  const posted: unknown[] = [];

  function deliver(from: FakePipe | undefined, name: string, data: unknown): void {
    const copy = structuredClone(data);
    for (const pipe of pipes) {
      if (pipe === from || pipe.name !== name || !pipe.open) continue;
      queueMicrotask(() => {
        if (pipe.open) for (const listener of pipe.listeners) listener({ data: copy });
      });
    }
  }

  const factory: PipeFactory = (name) => {
    const pipe: FakePipe = {
      name,
      listeners: [],
      open: true,
      postMessage(message) {
        if (!pipe.open) throw new DOMException('closed', 'InvalidStateError');
        posted.push(message);
        deliver(pipe, name, message);
      },
      addEventListener(_type, listener) {
        pipe.listeners.push(listener);
      },
      close() {
        pipe.open = false;
      },
    };
    pipes.push(pipe);
    return pipe;
  };

  return {
    factory,
    posted,
    /** A message from a window that is not one of ours. */
    inject: (name: string, data: unknown) => deliver(undefined, name, data),
  };
}
