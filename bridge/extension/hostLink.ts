// The native host, as the background sees it: one port, opened when needed and at most every
// few seconds, every message checked, every reply matched by id within a time limit. The
// connection is handed in, so this runs in tests without a browser.
import {
  checkFromHost,
  type FromHost,
  type HostRequest,
  type HostStatus,
  problemText,
  type RunResult,
  readMessage,
} from '../protocol/messages';

export interface NativePortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: () => void): void };
}

export interface HostLinkOptions {
  /** chrome.runtime.connectNative(HOST_NAME); may throw. */
  connect: () => NativePortLike;
  /** Why the port closed (chrome.runtime.lastError), read inside onDisconnect. */
  lastError: () => string | undefined;
  now: () => number;
  onStatus: (status: HostStatus) => void;
  onLink: (link: string) => void;
  warn: (message: string) => void;
  /** A failed or lost host is tried again no sooner than this. */
  retryMs?: number;
}

export const HELLO_LIMIT_MS = 3_000;
export const SELECTION_LIMIT_MS = 3_000;
export const RUN_LIMIT_MS = 15_000;

type Reply = Exclude<FromHost, { type: 'link' }>;
export type HostAnswer =
  | { ok: true; reply: Reply }
  /** no-host: not installed, or it cannot start; failed: it went away or did not answer. */
  | { ok: false; error: 'no-host' | 'failed'; detail: string };

type Body = HostRequest extends infer R ? (R extends HostRequest ? Omit<R, 'id'> : never) : never;

interface Waiting {
  resolve: (answer: HostAnswer) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class HostLink {
  private port: NativePortLike | undefined;
  private status: HostStatus = null;
  private greeting: Promise<HostStatus> | undefined;
  private lastAttempt = Number.NEGATIVE_INFINITY;
  private lastProblem = 'the native host is not installed';
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly options: HostLinkOptions) {}

  get current(): HostStatus {
    return this.status;
  }

  /** Connects (unless it failed a moment ago) and greets; the status once known. */
  ensure(): Promise<HostStatus> {
    if (this.port) return this.greeting ?? Promise.resolve(this.status);
    const now = this.options.now();
    if (now - this.lastAttempt < (this.options.retryMs ?? 5_000)) return Promise.resolve(null);
    this.lastAttempt = now;
    let port: NativePortLike;
    try {
      port = this.options.connect();
    } catch (error) {
      this.lastProblem = `the native host cannot start: ${String(error)}`;
      return Promise.resolve(null);
    }
    this.port = port;
    port.onMessage.addListener((message) => this.received(port, message));
    port.onDisconnect.addListener(() => this.lost(port));
    const greeting = this.send(port, { v: 1, type: 'hello' }, HELLO_LIMIT_MS).then((answer) => {
      if (this.greeting === greeting) this.greeting = undefined;
      if (answer.ok && answer.reply.type === 'hello') {
        // Only a failed attempt waits before the next: a host that greeted and was let go
        // (release) is asked again at once.
        this.lastAttempt = Number.NEGATIVE_INFINITY;
        this.setStatus({ version: answer.reply.version });
      } else if (this.port === port) {
        // A host that does not greet within the limit is not one to send commands to.
        this.lastProblem = answer.ok ? 'the native host refused the greeting' : answer.detail;
        this.close(port);
      }
      return this.status;
    });
    this.greeting = greeting;
    return greeting;
  }

  /** Sends a request once the host is greeted; a failure result when it is not there. */
  async request(body: Exclude<Body, { type: 'hello' }>, limitMs: number): Promise<HostAnswer> {
    await this.ensure();
    const port = this.port;
    if (!port || this.status === null) {
      return { ok: false, error: 'no-host', detail: this.lastProblem };
    }
    return this.send(port, body, limitMs);
  }

  /** Lets the host go (nothing needs it): the browser may then stop the service worker. */
  release(): void {
    if (this.port && this.waiting.size === 0 && !this.greeting) this.close(this.port);
  }

  private send(port: NativePortLike, body: Body, limitMs: number): Promise<HostAnswer> {
    const id = this.nextId++;
    return new Promise<HostAnswer>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve({ ok: false, error: 'failed', detail: 'the native host did not answer' });
      }, limitMs);
      this.waiting.set(id, { resolve, timer });
      try {
        port.postMessage({ ...body, id });
      } catch (error) {
        this.settle(id, {
          ok: false,
          error: 'failed',
          detail: `the native host went away: ${String(error)}`,
        });
      }
    });
  }

  private settle(id: number, answer: HostAnswer): boolean {
    const waiting = this.waiting.get(id);
    if (!waiting) return false;
    this.waiting.delete(id);
    clearTimeout(waiting.timer);
    waiting.resolve(answer);
    return true;
  }

  private received(port: NativePortLike, message: unknown): void {
    if (port !== this.port) return;
    const checked = readMessage(checkFromHost, message);
    if (!checked.ok) {
      this.options.warn(`Dropped a message from the native host: ${problemText(checked)}`);
      return;
    }
    const reply = checked.value;
    if (reply.type === 'link') {
      this.options.onLink(reply.link);
      return;
    }
    if (!this.settle(reply.id, { ok: true, reply })) {
      const what = reply.type === 'refused' ? `a refusal (${reply.problem})` : `a ${reply.type}`;
      this.options.warn(`The native host sent ${what} for no request waiting (id ${reply.id})`);
    }
  }

  private lost(port: NativePortLike): void {
    if (port !== this.port) return;
    this.lastProblem = describeLoss(this.options.lastError());
    this.forget();
  }

  private close(port: NativePortLike): void {
    try {
      port.disconnect();
    } catch {
      // Already closed: nothing more to let go of.
    }
    if (port === this.port) this.forget();
  }

  private forget(): void {
    this.port = undefined;
    this.greeting = undefined;
    for (const id of [...this.waiting.keys()]) {
      this.settle(id, { ok: false, error: 'failed', detail: this.lastProblem });
    }
    this.setStatus(null);
  }

  private setStatus(status: HostStatus): void {
    const changed = (this.status?.version ?? null) !== (status?.version ?? null);
    this.status = status;
    if (changed) this.options.onStatus(status);
  }
}

function describeLoss(lastError: string | undefined): string {
  if (lastError === undefined) return 'the native host stopped';
  // Chromium's words when no host manifest names this extension.
  if (/not found/i.test(lastError)) return 'the native host is not installed';
  return `the native host stopped: ${lastError.slice(0, 200)}`;
}

/** A run's result for the app, whatever the host did or failed to do. */
export function runResultOf(answer: HostAnswer): RunResult {
  if (!answer.ok) return { ok: false, error: answer.error, detail: answer.detail };
  const { reply } = answer;
  if (reply.type === 'ran') return reply.result;
  if (reply.type === 'refused') return { ok: false, error: 'refused', detail: reply.problem };
  return { ok: false, error: 'failed', detail: `the native host answered a ${reply.type}` };
}

/** The OS selection the host read, or undefined when it had none or could not say. */
export function selectionOf(answer: HostAnswer): string | undefined {
  if (!answer.ok || answer.reply.type !== 'selection') return undefined;
  return answer.reply.text ?? undefined;
}
