// Estimates the PBX clock from SIP Date headers, so Integra's !04 shows server time
// (docs/integra.md).

const WEEKDAYS = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// RFC 3261 §20.17: rfc1123-date only, always GMT, two-digit day; weekday is not cross-checked.
const SIP_DATE = new RegExp(
  `^(?:${WEEKDAYS}), (\\d{2}) (${MONTHS.join('|')}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`,
);

/** Milliseconds since the epoch, or undefined for anything but a valid RFC 1123 date. */
export function parseSipDate(value: string): number | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const match = SIP_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, day = 0, , year = 0, hour = 0, minute = 0, second = 0] = match.map(Number);
  const monthIndex = MONTHS.indexOf(match[2] ?? '');
  if (hour > 23 || minute > 59 || second > 59 || year < 1970) return undefined;
  const ms = Date.UTC(year, monthIndex, day, hour, minute, second);
  // Date.UTC rolls 31 Feb over into March; a date that moved was not a real date.
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/**
 * Server minus local clock in ms. Date drops the fraction of the second, so the server's real
 * time lay anywhere in [t, t + 1 s): adding 500 ms centres the estimate and halves the worst error.
 */
export function clockOffsetFrom(
  dateHeader: string | undefined,
  receivedAtMs: number,
): number | undefined {
  const serverMs = dateHeader === undefined ? undefined : parseSipDate(dateHeader);
  if (serverMs === undefined || !Number.isFinite(receivedAtMs)) return undefined;
  return serverMs + 500 - receivedAtMs;
}

/** Keeps the last few estimates and answers their median, so one delayed message cannot skew it. */
export class ServerClock {
  private readonly samples: number[] = [];

  constructor(private readonly keep = 5) {}

  /** Records a Date header seen at receivedAtMs; ignores headers that do not parse. */
  observe(dateHeader: string | undefined, receivedAtMs: number): void {
    const offset = clockOffsetFrom(dateHeader, receivedAtMs);
    if (offset === undefined) return;
    this.samples.push(offset);
    if (this.samples.length > Math.max(1, this.keep)) this.samples.shift();
  }

  /** Server minus local clock in ms, 0 when no Date header was seen yet. */
  offsetMs(): number {
    const sorted = [...this.samples].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const upper = sorted[middle];
    if (upper === undefined) return 0;
    const lower = sorted.length % 2 === 0 ? (sorted[middle - 1] ?? upper) : upper;
    return Math.round((lower + upper) / 2);
  }

  /** Server time for a local time. */
  serverTime(localMs: number): number {
    return localMs + this.offsetMs();
  }
}
