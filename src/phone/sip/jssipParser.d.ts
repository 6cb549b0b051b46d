// JsSIP ships no typings for its message parser; this is the part sipAdapter.ts reads.
declare module 'jssip/lib/Parser' {
  interface ParsedSipMessage {
    method: string | null;
    /** Responses only. */
    status_code?: number;
    /** Requests only; undefined for a Request-URI that is not a SIP URI. */
    ruri?: { scheme?: string } | null;
    to_tag: string | null;
    hasHeader(name: string): boolean;
    getHeader(name: string): string | undefined;
    getHeaders(name: string): string[];
    parseHeader(name: string): { method?: string } | undefined;
  }
  /** undefined when the message cannot be parsed; throws on some inputs (`Contact: *`). */
  export function parseMessage(data: string, ua: unknown): ParsedSipMessage | undefined;
}
