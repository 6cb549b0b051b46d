// A JsSIP socket (its documented Socket interface, structurally) that screens each incoming
// message first: JsSIP's transport only ever sees what it can handle, and a request it could
// not is answered on the same socket. See badRequests.ts. It can also hold back the answers to
// chosen calls (withholdAnswers), for a window that hands a ringing call to another. Each message
// it passes is shown to `observe` too, after JsSIP has handled it.
import type { Verdict } from './badRequests';

type Outgoing = string | ArrayBufferLike | Blob | ArrayBufferView;

/** The socket JsSIP's transport drives (WebSocketInterface). */
export interface JsSipSocket {
  get via_transport(): string;
  set via_transport(value: string);
  get url(): string;
  get sip_uri(): string;
  connect(): void;
  disconnect(): void;
  send(message: Outgoing): boolean;
  isConnected(): boolean;
  isConnecting(): boolean;
  onconnect(): void;
  ondisconnect(error: boolean, code?: number, reason?: string): void;
  ondata(data: unknown): void;
}

export class GuardedSocket implements JsSipSocket {
  // Set by JsSIP's transport on every connect.
  onconnect: () => void = () => {};
  ondisconnect: (error: boolean, code?: number, reason?: string) => void = () => {};
  ondata: (data: unknown) => void = () => {};
  private readonly decoder = new TextDecoder('utf-8');
  /** Call-IDs whose responses are not sent (withholdAnswers). */
  private readonly withheld = new Set<string>();

  constructor(
    private readonly inner: JsSipSocket,
    private readonly screen: (text: string) => Verdict,
    private readonly warn: (message: string) => void = console.warn,
    private readonly observe: (text: string) => void = () => {},
  ) {
    inner.onconnect = () => this.onconnect();
    inner.ondisconnect = (error, code, reason) => this.ondisconnect(error, code, reason);
    inner.ondata = (data) => this.receive(data);
  }

  get via_transport(): string {
    return this.inner.via_transport;
  }
  set via_transport(value: string) {
    this.inner.via_transport = value;
  }
  get url(): string {
    return this.inner.url;
  }
  get sip_uri(): string {
    return this.inner.sip_uri;
  }
  connect(): void {
    this.inner.connect();
  }
  disconnect(): void {
    this.inner.disconnect();
  }
  send(message: Outgoing): boolean {
    // Said to be sent: JsSIP must not take the silence for a broken socket.
    if (this.withheld.size > 0 && typeof message === 'string' && this.isWithheld(message)) {
      return true;
    }
    return this.inner.send(message);
  }
  /**
   * No response to these calls leaves this socket from now on (requests still do): a call left
   * ringing stays unanswered at the PBX, which offers it to the phone's next registration.
   */
  withholdAnswers(callIds: Iterable<string>): void {
    for (const callId of callIds) this.withheld.add(callId);
  }
  isConnected(): boolean {
    return this.inner.isConnected();
  }
  isConnecting(): boolean {
    return this.inner.isConnecting();
  }

  private receive(data: unknown): void {
    const text = this.text(data);
    const verdict = this.screen(text);
    if (verdict.action === 'pass') {
      // The original data: JsSIP's transport decodes binary frames its own way.
      this.ondata(data);
      this.observe(text);
      return;
    }
    this.warn(verdict.warning);
    if (verdict.action === 'answer') this.inner.send(verdict.response);
  }

  private isWithheld(message: string): boolean {
    if (!message.startsWith('SIP/2.0 ')) return false;
    const callId = /^(?:call-id|i)[ \t]*:[ \t]*(\S+)/im.exec(message)?.[1];
    return callId !== undefined && this.withheld.has(callId);
  }

  /** Text as JsSIP's transport would decode it; '' for what it could not decode either. */
  private text(data: unknown): string {
    if (typeof data === 'string') return data;
    try {
      return this.decoder.decode(data as ArrayBuffer);
    } catch {
      return '';
    }
  }
}
