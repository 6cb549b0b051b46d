/** Seconds as m:ss, or h:mm:ss past an hour. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

// One formatter for every entry: building an Intl formatter per call of toLocaleString is slow.
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** A call's start time in the user's locale, date and time. */
export function formatTime(ms: number): string {
  return timeFormat.format(ms);
}

const clockFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** A time of day with seconds, for logs. */
export function formatClock(ms: number): string {
  return clockFormat.format(ms);
}
