// Types for scripts/udpPort.mjs (plain ESM so that Node runs it without a build step).

/** A free UDP port on 127.0.0.1 a moment ago. */
export function freeUdpPort(): Promise<number>;
