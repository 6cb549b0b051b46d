// The timing rules for staying registered all day, as constants and pure functions. Hidden tabs
// run timers up to a minute late (Chrome's intensive throttling), so every margin allows for that.

/** REGISTER expiry asked of the PBX. Short enough that a contact left by a dead socket goes soon. */
export const REGISTER_EXPIRES_S = 300;
/**
 * Refresh when this much of the registration is left. A keepalive tick that a hidden tab delays
 * by a minute still refreshes with a minute to spare. JsSIP alone refreshes as late as 32 s
 * before expiry, on a timer that the same throttling can delay past it.
 */
export const REFRESH_MARGIN_MS = 120_000;
/**
 * Keepalive probe interval: detects a dead socket within about 25 s when visible, and keeps NAT
 * bindings and proxies with 60 s idle timeouts (nginx, load balancers) from closing the socket.
 */
export const KEEPALIVE_MS = 20_000;
/**
 * The probe interval while a call is live: a socket that died silently (black-holed by a
 * router, a VPN or a NAT) is replaced within about 10 s, before the user's next hold, transfer
 * or hang-up goes out on it and is lost.
 */
export const KEEPALIVE_IN_CALL_MS = 5_000;
/** A probe not answered within this is a dead socket (a LAN or WAN answer takes milliseconds). */
export const PROBE_TIMEOUT_MS = 5_000;
/** Opening a WebSocket: a refused port fails at once, an unreachable host can hang for minutes. */
export const CONNECT_TIMEOUT_MS = 6_000;
/** From socket open to registered (a challenge and its answer). JsSIP alone waits 32 s. */
export const REGISTER_TIMEOUT_MS = 10_000;
/** While on the second URL, how often to look whether the first one is back. */
export const RETURN_CHECK_MS = 30_000;

/** Reconnect delays double from here... */
export const RETRY_FIRST_MS = 500;
/** ...but never exceed a tenth of the outage so far (a restart is noticed within 10% of its length)... */
export const RETRY_OUTAGE_SHARE = 0.1;
/** ...with at least this much allowed, so the first minute retries every 3 s at most... */
export const RETRY_FLOOR_CAP_MS = 3_000;
/** ...and never more than this. */
export const RETRY_CAP_MS = 30_000;
/** Each delay is shortened by up to this share, so phones that lost the PBX together spread out. */
export const RETRY_JITTER = 0.3;

/** Shortest and longest expiry believed from a PBX (JsSIP's own floor is 10 s). */
const MIN_EXPIRES_S = 10;
const MAX_EXPIRES_S = 86_400;

/**
 * Delay before reconnect attempt `attempt` (1 for the first retry) of an outage that began
 * `outageMs` ago. `random` is in [0, 1). Never longer than the nominal delay, so the caps hold.
 */
export function retryDelayMs(attempt: number, outageMs: number, random: number): number {
  const n = Number.isFinite(attempt) && attempt >= 1 ? Math.floor(attempt) : 1;
  const outage = Number.isFinite(outageMs) && outageMs > 0 ? outageMs : 0;
  const cap = Math.min(RETRY_CAP_MS, Math.max(RETRY_FLOOR_CAP_MS, outage * RETRY_OUTAGE_SHARE));
  const nominal = Math.min(cap, RETRY_FIRST_MS * 2 ** Math.min(n - 1, 30));
  const r = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1) : 0;
  return Math.round(nominal * (1 - RETRY_JITTER * r));
}

/** When a registration granted for `expiresS` seconds at `registeredAt` should be refreshed. */
export function refreshDueAt(registeredAt: number, expiresS: number): number {
  const ms = expiresS * 1000;
  return registeredAt + ms - Math.min(REFRESH_MARGIN_MS, ms / 2);
}

/**
 * The expiry the PBX granted, from the 200 OK to REGISTER: the `expires` parameter of our own
 * Contact (matched by its user part, a random token), else the Expires header, else what we
 * asked. Clamped to sane bounds; anything unparsable counts as not given.
 */
export function grantedExpiresS(
  contactValues: readonly string[],
  expiresHeader: string | undefined,
  ownContact: string,
  requestedS: number = REGISTER_EXPIRES_S,
): number {
  const user = /^sips?:([^@;>]+)@/i.exec(ownContact.trim())?.[1]?.toLowerCase();
  let granted: number | undefined;
  if (user) {
    for (const entry of contactValues.flatMap(splitContacts)) {
      const entryUser = /<?\s*sips?:([^@;>]+)@/i.exec(entry)?.[1]?.toLowerCase();
      if (entryUser !== user) continue;
      granted = seconds(/;\s*expires\s*=\s*"?(\d{1,9})"?/i.exec(afterUri(entry))?.[1]);
      break;
    }
  }
  granted ??= seconds(expiresHeader?.trim());
  granted ??= seconds(String(requestedS)) ?? REGISTER_EXPIRES_S;
  return Math.min(MAX_EXPIRES_S, Math.max(MIN_EXPIRES_S, granted));
}

function seconds(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/** Splits a Contact header value on commas outside <...> and quotes. */
function splitContacts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') depth += 1;
    else if (!quoted && c === '>') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** Header parameters of a Contact entry: what follows `>`, or the whole entry without brackets. */
function afterUri(entry: string): string {
  const close = entry.indexOf('>');
  return close === -1 ? entry : entry.slice(close + 1);
}
