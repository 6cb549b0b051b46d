// The relay's decisions, pure: which page messages open the private channel, and what crosses
// it in each direction. content.ts does the posting.
import { literal, object } from '../protocol/check';
import {
  type AppRequest,
  checkAppRequest,
  checkToApp,
  problemText,
  readMessage,
  type ToApp,
} from '../protocol/messages';

/** The page's knock: `window.postMessage({ voispeedBridge: 'connect', v: 1 }, location.origin)`. */
export const CONNECT = { voispeedBridge: 'connect', v: 1 } as const;
/** The relay's answer, posted with port2 transferred. */
export const PORT = { voispeedBridge: 'port', v: 1 } as const;

const checkConnect = object({ voispeedBridge: literal('connect'), v: literal(1) });

export interface KnockFacts {
  data: unknown;
  /** event.origin */
  origin: string;
  /** event.source === window: the page itself, not a frame or another window. */
  fromThisWindow: boolean;
  /** The configured origin, '' when none. */
  appOrigin: string;
  /** Whether this document already got its port. */
  alreadyConnected: boolean;
}

/**
 * 'connect' only for the page's own first knock on the app's origin. Every later knock gets
 * nothing: the page keeps its first port, and a script that knocks again learns only that the
 * relay is there, which the first knock already told the page.
 */
export function knockDecision(facts: KnockFacts): 'connect' | 'ignore' {
  if (!readMessage(checkConnect, facts.data).ok) return 'ignore';
  if (!facts.fromThisWindow) return 'ignore';
  if (facts.appOrigin === '' || facts.origin !== facts.appOrigin) return 'ignore';
  return facts.alreadyConnected ? 'ignore' : 'connect';
}

export type FromPage =
  | { action: 'forward'; request: AppRequest }
  | { action: 'drop'; problem: string; reply?: ToApp };

const MAX_DETAIL = 500;

/**
 * A message the page sent on its port: forwarded when it is a request this version knows;
 * otherwise dropped, and when it carried a usable id, answered with a `ran` refusal so the page
 * does not wait out its own time limit (the page matches replies by id whatever it asked).
 */
export function fromPage(data: unknown): FromPage {
  const checked = readMessage(checkAppRequest, data);
  if (checked.ok) return { action: 'forward', request: checked.value };
  const problem = problemText(checked);
  const id = usableId(data);
  if (id === undefined) return { action: 'drop', problem };
  return {
    action: 'drop',
    problem,
    reply: {
      v: 1,
      id,
      type: 'ran',
      result: { ok: false, error: 'refused', detail: problem.slice(0, MAX_DETAIL) },
    },
  };
}

function usableId(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  let id: unknown;
  try {
    id = (data as { id?: unknown }).id;
  } catch {
    return undefined;
  }
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 1 ? id : undefined;
}

/** A message from the background, checked again before it reaches the page. */
export function toPage(
  data: unknown,
): { ok: true; message: ToApp } | { ok: false; problem: string } {
  const checked = readMessage(checkToApp, data);
  return checked.ok
    ? { ok: true, message: checked.value }
    : { ok: false, problem: problemText(checked) };
}
