// The one way a verb runs: the call it acts on is found (the one named, or the one its policy
// picks), the row runs, and its answer becomes words — shown in the notice and handed back, so a
// link's sender reads the same words as the screen.
import type { Translate } from '../i18n';
import type { CallSnapshot } from '../phone/phone';
import { VERBS, type Verb, type VerbId } from './verbs';
import type { VerbEdges, VerbInputs, VerbResult, Words } from './verbTypes';
import { NO_CALL, pickCall } from './whichCall';

/** `message` is what the notice says ('' after a plain success); `call` is the call acted on. */
export type VerbOutcome =
  | { ok: true; message: string; callId?: string; call?: CallSnapshot }
  | { ok: false; message: string };

export type RunVerb = <K extends VerbId>(id: K, input: VerbInputs[K]) => Promise<VerbOutcome>;

export interface DispatchEdges extends VerbEdges {
  t: Translate;
  /** Shows a message for the user ('' clears it). */
  notice(text: string): void;
}

type Found = { ok: true; call: CallSnapshot | undefined } | { ok: false; said: Words };

function findCall(
  verb: Verb,
  input: { callId?: string; otherCallId?: string },
  edges: VerbEdges,
): Found {
  if (verb.call === undefined) return { ok: true, call: undefined };
  const live = edges.phone.liveCalls();
  if (input.callId !== undefined) {
    const named = live.find((c) => c.facts.callId === input.callId);
    if (named) return { ok: true, call: named };
    return { ok: false, said: { key: 'verb.no-such-call', params: { callId: input.callId } } };
  }
  // A join never picks the call it joins with.
  const candidates = live.filter((c) => c.facts.callId !== input.otherCallId);
  const picked = pickCall(verb.call, candidates);
  if (picked) return { ok: true, call: picked };
  return { ok: false, said: { key: `verb.${NO_CALL[verb.call]}` } };
}

export function createDispatch(edges: DispatchEdges): RunVerb {
  const { t, notice } = edges;
  const words = (said: Words | undefined) => (said ? t(said.key, said.params) : '');
  const answer = (result: VerbResult, call: CallSnapshot | undefined): VerbOutcome => {
    const message = words(result.said);
    notice(message);
    if (!result.ok) return { ok: false, message };
    const callId = result.callId ?? call?.facts.callId;
    return {
      ok: true,
      message,
      ...(callId === undefined ? {} : { callId }),
      ...(call === undefined ? {} : { call }),
    };
  };
  return async (id, input) => {
    const verb = VERBS[id] as Verb;
    const found = findCall(verb, input as { callId?: string }, edges);
    if (!found.ok) return answer({ ok: false, said: found.said }, undefined);
    try {
      const run = verb.run as (e: VerbEdges, i: unknown, c: unknown) => ReturnType<Verb['run']>;
      return answer(await run(edges, input, found.call), found.call);
    } catch (error) {
      console.error(`the ${id} action failed`, error);
      return answer({ ok: false, said: { key: 'verb.failed' } }, found.call);
    }
  };
}
