// A bare JsSIP phone with default options, the baseline of the call setup benchmark.
import { UA, WebSocketInterface } from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';

interface BareConfig {
  url: string;
  uri: string;
  password: string;
  iceServers: string[];
  autoAnswer: boolean;
}

const sessions = new Set<RTCSession>();
let ua: UA | undefined;
let options: BareConfig | undefined;

function extra(): { pcConfig?: RTCConfiguration } {
  const servers = options?.iceServers ?? [];
  return servers.length ? { pcConfig: { iceServers: servers.map((urls) => ({ urls })) } } : {};
}

function track(session: RTCSession): void {
  sessions.add(session);
  session.on('ended', () => sessions.delete(session));
  session.on('failed', () => sessions.delete(session));
}

const bare = {
  start(config: BareConfig): Promise<void> {
    options = config;
    const agent = new UA({
      sockets: [new WebSocketInterface(config.url)],
      uri: config.uri,
      password: config.password,
    });
    ua = agent;
    agent.on('newRTCSession', ({ originator, session }: RTCSessionEvent) => {
      track(session);
      if (originator === 'remote' && options?.autoAnswer) {
        session.answer({ mediaConstraints: { audio: true }, ...extra() });
      }
    });
    return new Promise((resolve, reject) => {
      agent.on('registered', () => resolve());
      agent.on('registrationFailed', ({ cause }) => reject(new Error(String(cause))));
      agent.start();
    });
  },
  call(target: string): void {
    if (!ua) throw new Error('call() before start()');
    const w = window as unknown as { __bench?: { mark(what: string): void } };
    w.__bench?.mark('click-Call');
    ua.call(target, { mediaConstraints: { audio: true }, ...extra() });
  },
  hangup(): void {
    for (const session of sessions) if (!session.isEnded()) session.terminate();
  },
  active(): number {
    return sessions.size;
  },
};

(window as unknown as { bare: typeof bare }).bare = bare;

// The start-up bench (bench/startup.ts) gives the account in the address's fragment, as a page
// that had it stored would have it at once, and reads when the registration came.
const given = decodeURIComponent(window.location.hash.slice(1));
if (given !== '') {
  const w = window as unknown as { __registeredAt?: number };
  void bare.start(JSON.parse(given) as BareConfig).then(() => {
    w.__registeredAt = performance.now();
  });
}
