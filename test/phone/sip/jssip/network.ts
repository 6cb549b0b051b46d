// In-memory SIP over "WebSocket": each connection is a Link between the phone's side and the
// scripted peer listening at a URL. Frames travel in microtasks, never synchronously, so JsSIP
// is never re-entered from inside its own send(), as with a real socket.
import type { JsSipSocket } from '../../../../src/phone/sip/guardedSocket';

/** The phone's end of a connection. */
export interface PhoneEnd {
  opened(): void;
  received(text: string): void;
  closed(code: number): void;
}

/** What listens at a URL: the scripted peer. */
export interface Listener {
  /** Whether the connection is accepted (false: refused, as a PBX that is down). */
  accept(link: Link): boolean;
  received(text: string, link: Link): void;
}

export class Link {
  open = true;
  constructor(
    readonly url: string,
    private readonly phone: PhoneEnd,
    private readonly peer: Listener,
  ) {}
  toPeer(text: string): void {
    queueMicrotask(() => {
      if (this.open) this.peer.received(text, this);
    });
  }
  toPhone(text: string): void {
    queueMicrotask(() => {
      if (this.open) this.phone.received(text);
    });
  }
  /** Closed by either side; the phone hears of it unless it closed the link itself. */
  close(byPhone = false, code = 1006): void {
    if (!this.open) return;
    this.open = false;
    if (!byPhone) queueMicrotask(() => this.phone.closed(code));
  }
}

export class Network {
  readonly listeners = new Map<string, Listener>();
  readonly links: Link[] = [];

  listen(url: string, listener: Listener): void {
    this.listeners.set(url, listener);
  }

  /** Opens a link, reported to `phone` a microtask later; refused or unknown URLs close. */
  dial(url: string, phone: PhoneEnd): Link {
    const peer = this.listeners.get(url) ?? { accept: () => false, received: () => {} };
    const link = new Link(url, phone, peer);
    this.links.push(link);
    queueMicrotask(() => {
      if (!link.open) return;
      if (peer.accept(link)) phone.opened();
      else link.close(false, 1006);
    });
    return link;
  }
}

/** JsSIP's Socket interface over a Link, for driving JsSIP's UA without the adapter. */
export class MemorySocket implements JsSipSocket {
  via_transport = 'WS';
  readonly sip_uri: string;
  onconnect: () => void = () => {};
  ondisconnect: (error: boolean, code?: number, reason?: string) => void = () => {};
  ondata: (data: unknown) => void = () => {};
  private link: Link | undefined;
  private state: 'closed' | 'connecting' | 'open' = 'closed';

  constructor(
    private readonly network: Network,
    readonly url: string,
  ) {
    this.sip_uri = `sip:${new URL(url).host};transport=ws`;
  }
  connect(): void {
    if (this.state !== 'closed') return;
    this.state = 'connecting';
    const link = this.network.dial(this.url, {
      opened: () => {
        this.state = 'open';
        this.onconnect();
      },
      received: (text) => this.ondata(text),
      closed: (code) => {
        this.state = 'closed';
        this.ondisconnect(true, code, '');
      },
    });
    this.link = link;
  }
  disconnect(): void {
    this.link?.close(true);
    this.link = undefined;
    this.state = 'closed';
  }
  send(message: unknown): boolean {
    if (this.state !== 'open' || !this.link) return false;
    this.link.toPeer(String(message));
    return true;
  }
  isConnected(): boolean {
    return this.state === 'open';
  }
  isConnecting(): boolean {
    return this.state === 'connecting';
  }
}

/** A browser WebSocket class over the network, for JsSIP's own WebSocketInterface (the adapter's). */
export function webSocketOver(network: Network) {
  return class MemoryWebSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSED = 3;
    readyState = 0;
    binaryType = 'blob';
    onopen: (() => void) | null = null;
    onclose: ((e: { wasClean: boolean; code: number; reason: string }) => void) | null = null;
    onmessage: ((e: { data: string }) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    private readonly link: Link;

    constructor(
      readonly url: string,
      readonly protocol?: string,
    ) {
      this.link = network.dial(url, {
        opened: () => {
          this.readyState = 1;
          this.onopen?.();
        },
        received: (data) => this.onmessage?.({ data }),
        closed: (code) => {
          this.readyState = 3;
          this.onerror?.(new Event('error'));
          this.onclose?.({ wasClean: false, code, reason: '' });
        },
      });
    }
    send(text: string): void {
      if (this.readyState !== 1) throw new DOMException('not open', 'InvalidStateError');
      this.link.toPeer(text);
    }
    close(): void {
      this.readyState = 3;
      this.link.close(true);
    }
  };
}
