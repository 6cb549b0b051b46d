// The messages the app's windows exchange about command links, and the check every received one
// passes: any other script of the origin (an old version of the app, a bug) can post anything.
import { MAX_CARRIED_LINK } from './locationLink';

/** What the window with the phone answers for a link; `message` is shown as text, never HTML. */
export interface LinkReply {
  ok: boolean;
  message: string;
}

export const MAX_REPLY_MESSAGE = 500;

export type ChannelMessage =
  | { type: 'who-leads' }
  | { type: 'leader-here' }
  | { type: 'link'; id: string; link: string }
  | { type: 'received'; id: string }
  | ({ type: 'result'; id: string } & LinkReply);

const ID = /^[A-Za-z0-9-]{1,64}$/;

type Fields = Record<string, unknown>;

/** A plain object with exactly these keys: extra fields mean a message we did not write. */
function hasExactly(data: Fields, keys: readonly string[]): boolean {
  const own = Object.keys(data);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(data, key));
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** The message, or undefined for anything that is not exactly one of ours. Never throws. */
export function readMessage(data: unknown): ChannelMessage | undefined {
  try {
    return check(data);
  } catch {
    // Only a Proxy or a getter can throw here, and structured cloning strips both; still total.
    return undefined;
  }
}

function check(data: unknown): ChannelMessage | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const m = data as Fields;
  switch (m.type) {
    case 'who-leads':
    case 'leader-here':
      return hasExactly(m, ['type']) ? { type: m.type } : undefined;
    case 'received':
      return hasExactly(m, ['type', 'id']) && isId(m.id)
        ? { type: 'received', id: m.id }
        : undefined;
    case 'link':
      return hasExactly(m, ['type', 'id', 'link']) && isId(m.id) && isText(m.link, MAX_CARRIED_LINK)
        ? { type: 'link', id: m.id, link: m.link }
        : undefined;
    case 'result':
      return hasExactly(m, ['type', 'id', 'ok', 'message']) &&
        isId(m.id) &&
        typeof m.ok === 'boolean' &&
        isText(m.message, MAX_REPLY_MESSAGE)
        ? { type: 'result', id: m.id, ok: m.ok, message: m.message }
        : undefined;
    default:
      return undefined;
  }
}
