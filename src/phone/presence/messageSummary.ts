// message-summary bodies (RFC 3842): whether voicemail is waiting, and how many messages.
// Plain text lines `Name: value`; only Messages-Waiting and Voice-Message are read.

export interface MessageWaiting {
  waiting: boolean;
  /** New voice messages; 0 when the body gives no count. */
  newMessages: number;
  oldMessages: number;
}

/** A summary is a few short lines; anything longer is refused unread. */
export const MAX_SUMMARY_CHARS = 4096;
/** Counts above this are shown as this: no mailbox holds more, and the badge stays short. */
export const MAX_COUNT = 999;

const count = (digits: string | undefined) => Math.min(Number(digits ?? 0), MAX_COUNT);

export function parseMessageSummary(body: string): MessageWaiting | undefined {
  if (body.length > MAX_SUMMARY_CHARS) return undefined;
  let waiting: boolean | undefined;
  let voice: MessageWaiting | undefined;
  for (const line of body.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'messages-waiting') {
      if (!/^(yes|no)$/i.test(value)) return undefined;
      waiting = value.toLowerCase() === 'yes';
    } else if (name === 'voice-message') {
      // new/old, optionally (urgent-new/urgent-old): at most 9 digits each.
      const match = /^(\d{1,9})\/(\d{1,9})(?:\s*\(\d{1,9}\/\d{1,9}\))?$/.exec(value);
      if (!match) return undefined;
      voice = { waiting: false, newMessages: count(match[1]), oldMessages: count(match[2]) };
    }
  }
  if (waiting === undefined) return undefined;
  return { waiting, newMessages: voice?.newMessages ?? 0, oldMessages: voice?.oldMessages ?? 0 };
}
