// BroadcastChannel between the app's windows: a window without the phone hands its command links
// to the one with it and shows the answer. Every message received is checked (linkMessages.ts).
import {
  type ChannelMessage,
  type LinkReply,
  MAX_REPLY_MESSAGE,
  readMessage,
} from './linkMessages';
import { clipLink } from './locationLink';

export type { LinkReply } from './linkMessages';

export const LINK_CHANNEL = 'voispeed-links';

/** The part of BroadcastChannel used here. */
export interface MessagePipe {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export type PipeFactory = (name: string) => MessagePipe;

/**
 * 'no-leader': no window acknowledged the link in time, so none serves links (or it is frozen).
 * 'no-result': one acknowledged it but sent no result in time; it may still have run it.
 */
export type SendResult = ({ kind: 'done' } & LinkReply) | { kind: 'no-leader' | 'no-result' };

export interface LinkChannel {
  /** Hands a link to the window that serves links. Links are cut to MAX_CARRIED_LINK. */
  sendLink(link: string): Promise<SendResult>;
  /**
   * Runs links from other windows until the returned function is called; only the leader serves.
   * The handler should answer once the command has started (a call placed, a confirmation
   * shown), not when it ends: the sender waits resultMs at most.
   */
  serveLinks(handler: (link: string) => Promise<LinkReply>): () => void;
  /** True when a serving window says so within answerMs. */
  askLeader(): Promise<boolean>;
  close(): void;
}

export interface LinkChannelOptions {
  /** Null where BroadcastChannel is missing: nothing is sent, no leader ever answers. */
  channelFactory?: PipeFactory | null;
  /** How long a sender waits for the leader's acknowledgement, or an answer to askLeader. */
  answerMs?: number;
  /** How long a sender waits for the result once acknowledged. */
  resultMs?: number;
}

/** Someone waiting for messages; `end` is called when the channel closes. */
interface Waiter {
  take(message: ChannelMessage): void;
  end(): void;
}

function browserChannel(): PipeFactory | null {
  return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;
}

function openPipe(factory: PipeFactory | null): MessagePipe | undefined {
  try {
    return factory?.(LINK_CHANNEL);
  } catch (error) {
    // Some sandboxed or opaque-origin documents refuse a BroadcastChannel: work alone.
    console.error('no channel to the other windows', error);
    return undefined;
  }
}

function newId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The handler's answer, made safe to post: a handler that throws or answers nonsense fails. */
async function answer(handler: (link: string) => Promise<LinkReply>, link: string) {
  try {
    const reply: unknown = await handler(link);
    const { ok, message } = (reply ?? {}) as Partial<LinkReply>;
    const text = typeof message === 'string' ? message.slice(0, MAX_REPLY_MESSAGE) : '';
    return { ok: ok === true, message: text };
  } catch (error) {
    console.error('a link from another window failed', error);
    return { ok: false, message: '' };
  }
}

export function createLinkChannel({
  channelFactory = browserChannel(),
  answerMs = 500,
  resultMs = 10_000,
}: LinkChannelOptions = {}): LinkChannel {
  const pipe = openPipe(channelFactory);
  const waiters = new Set<Waiter>();
  let serve: ((link: string) => Promise<LinkReply>) | undefined;
  let closed = false;

  function post(message: ChannelMessage): void {
    if (!closed) pipe?.postMessage(message);
  }

  async function serveLink(
    handler: (link: string) => Promise<LinkReply>,
    id: string,
    link: string,
  ) {
    post({ type: 'received', id });
    post({ type: 'result', id, ...(await answer(handler, link)) });
  }

  pipe?.addEventListener('message', (event) => {
    const message = readMessage(event?.data);
    if (!message || closed) return;
    for (const waiter of [...waiters]) waiter.take(message);
    if (!serve) return;
    if (message.type === 'who-leads') post({ type: 'leader-here' });
    if (message.type === 'link') void serveLink(serve, message.id, message.link);
  });

  /**
   * Calls `take` with each message until it returns a value, or `late()` after `ms`. `take` may
   * restart the clock: a result is allowed longer than its acknowledgement.
   */
  function wait<T>(
    take: (message: ChannelMessage, restart: (ms: number) => void) => T | undefined,
    ms: number,
    late: () => T,
  ): Promise<T> {
    return new Promise<T>((resolve) => {
      const finish = (value: T) => {
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve(value);
      };
      const restart = (next: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => finish(late()), next);
      };
      let timer = setTimeout(() => finish(late()), ms);
      const waiter: Waiter = {
        take(message) {
          const value = take(message, restart);
          if (value !== undefined) finish(value);
        },
        end: () => finish(late()),
      };
      waiters.add(waiter);
    });
  }

  return {
    sendLink(link) {
      if (!pipe || closed) return Promise.resolve({ kind: 'no-leader' });
      const id = newId();
      let acknowledged = false;
      const result = wait<SendResult>(
        (m, restart) => {
          if (!('id' in m) || m.id !== id) return undefined;
          if (m.type === 'result') return { kind: 'done', ok: m.ok, message: m.message };
          if (m.type === 'received' && !acknowledged) {
            acknowledged = true;
            restart(resultMs);
          }
          return undefined;
        },
        answerMs,
        () => ({ kind: acknowledged ? 'no-result' : 'no-leader' }),
      );
      post({ type: 'link', id, link: clipLink(typeof link === 'string' ? link : '') });
      return result;
    },
    serveLinks(handler) {
      serve = handler;
      post({ type: 'leader-here' });
      return () => {
        if (serve === handler) serve = undefined;
      };
    },
    askLeader() {
      if (!pipe || closed) return Promise.resolve(false);
      const answered = wait(
        (m) => (m.type === 'leader-here' ? true : undefined),
        answerMs,
        () => false,
      );
      post({ type: 'who-leads' });
      return answered;
    },
    close() {
      if (closed) return;
      closed = true;
      serve = undefined;
      for (const waiter of [...waiters]) waiter.end();
      pipe?.close();
    },
  };
}
