// Types for scripts/pbx.mjs (plain ESM so that Node runs it without a build step).

export interface PbxAccount {
  user: string;
  password: string;
  extension: string;
  displayName: string;
}

export interface Pbx {
  /** ws://127.0.0.1:PORT */
  url: string;
  port: number;
  /** SIP domain and digest realm. */
  domain: string;
  accounts: PbxAccount[];
  /** Kills Kamailio (SIGTERM, SIGKILL after 3 s) and removes its runtime files. */
  stop(): Promise<void>;
  /** Stops and starts again on the same port; registrations are lost. */
  restart(): Promise<void>;
}

export interface PbxOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Kamailio debug logs on stderr (also PBX_DEBUG=1). */
  debug?: boolean;
  readyTimeoutMs?: number;
  /**
   * Starts rtpengine beside Kamailio, so a phone without WebRTC (the desk phone account 200,
   * plain RTP) and a browser hear each other. Needs Debian's rtpengine-daemon.
   */
  mediaRelay?: boolean;
  /** The longest registration Kamailio grants, in seconds (3600 unless set). */
  maxExpiresS?: number;
}

export const PBX_DOMAIN: string;
export const DEMO_ACCOUNTS: readonly Readonly<PbxAccount>[];
export const CONFIG_PATH: string;
export function kamailioPath(): string | null;
/** Binds and releases a port on 127.0.0.1; with 0, one that was free a moment ago. */
export function freePort(port?: number): Promise<number>;
export function startPbx(options?: PbxOptions): Promise<Pbx>;
